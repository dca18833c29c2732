// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class ApprovalRedeploy;
class QLabel;
class QPushButton;
class SessionManager;

// "This app asks to run the install scripts of: sharp. [Allow and
// redeploy] [Not now]": the packages the shown session's app lists in
// install.npmScripts / install.pipSource that the user has not approved.
// The deployment never waits for this; it installed them with their scripts
// ignored. Allow stores the approval with the session and redeploys (a
// running app is stopped first); Not now hides the bar for that list until
// the app asks for another package. Hidden while there is nothing to ask.
class ScriptApprovalBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptApprovalBar)

public:
    ScriptApprovalBar(SessionManager *manager, QWidget *parent = nullptr);
    ~ScriptApprovalBar() override;

    void setSessionId(const QString &sessionId);
    // Reads the session and its latest version again (the session changed).
    void refresh();

    const QStringList &pending() const { return m_pending; }

private:
    void allow();
    void update();

    SessionManager *m_manager;
    QString m_sessionId;
    int m_version = 0;
    QStringList m_asked;    // by the latest version's manifest
    QStringList m_pending;  // of those, not approved
    QHash<QString, QStringList> m_notNow;  // session id: the list Not now was pressed for
    QPointer<ApprovalRedeploy> m_redeploy;
    QLabel *m_text;
    QPushButton *m_allowButton;
    QPushButton *m_notNowButton;
};
