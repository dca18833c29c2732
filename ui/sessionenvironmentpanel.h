// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class AsyncOperation;
class EnvironmentEditor;
class SessionManager;

// The "Environment" page of a session: the variables its app's process
// gets (an API key it calls). The names are listed with masked values; a
// value is typed once into a password field and goes to the OS keychain
// only. Changes apply at the next start or redeploy, as the page says.
class SessionEnvironmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionEnvironmentPanel)

public:
    explicit SessionEnvironmentPanel(SessionManager *manager, QWidget *parent = nullptr);
    ~SessionEnvironmentPanel() override;

    void setSessionId(const QString &sessionId);

private:
    void refresh();
    void add(const QString &name, const QString &value);
    // Keychain first, then the names: a keychain that refuses changes nothing.
    void apply(const QString &name, const QString &value, bool adding);
    void updateEditable();

    QPointer<SessionManager> m_manager;
    QString m_sessionId;
    QStringList m_names;
    EnvironmentEditor *m_editor;
    QPointer<AsyncOperation> m_pending;
};
