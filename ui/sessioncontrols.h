// SPDX-License-Identifier: MIT
#pragma once

#include "diff/versioncomparison.h"
#include "session/plan.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class SandboxEnd;
class SessionManager;
class SessionWatcher;

// Under the session's tabs: the versions of the app with Restore, Export
// (to a folder or a ZIP), and, while the sandbox runs, the time it has left
// (counting down) with Extend, which is off (and says why) once the plan's
// longest run is reached. The sandbox's end is its runner's, or, for an E2B
// app kept running from an earlier run, the kept sandbox's
// (SessionManager::sandboxEnd).
class SessionControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionControls)

public:
    // Follows the session through `watcher` (SessionActions::watcher()).
    SessionControls(SessionManager *manager, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionControls() override;

    void setSessionId(const QString &sessionId);

    // What the buttons do, without the file dialogs.
    void restoreSelected();
    void extend();
    // Starts writing the selected version out, off the GUI thread; false
    // when there is no stored code. exported() or errorOccurred() follows.
    bool exportTo(const QString &path, bool zip);
    // Selects version `version` in the list; false if there is none.
    bool selectVersion(int version);
    // What Export suggests: the app's page title (its index.html's <title>),
    // else the session's prompt or template, as a file name.
    QString suggestedExportName() const;
    // "Show in Folder" for the last export (the message bar's button).
    QAction *showExportAction() const { return m_showExport; }
    QString timeLeftText() const;

signals:
    void errorOccurred(const QString &message);
    // An extension failed because the E2B account allows less than the
    // plan chosen: `plan` is the one it has.
    void planMismatch(const QString &message, Plan plan);
    void exported(const QString &path);
    // Where an export went, in words, with showExportAction().
    void exportNotice(const QString &message, QAction *showInFolder);

private:
    // Watches the end of the sandbox that serves the session now, if any.
    void followEnd();
    void refresh();
    void reloadVersions();
    void updateCountdown();
    void updateExtend();
    // Restore is off for the version that runs now: it would only copy it and deploy it again.
    void updateRestore();
    void chooseExport(bool zip);

    SessionManager *m_manager;
    QString m_sessionId;
    QComboBox *m_versions;
    QPushButton *m_restore;
    QToolButton *m_export;
    QLabel *m_timeLeft;
    QPushButton *m_extend;
    QAction *m_showExport;
    QString m_exportedFolder;
    QTimer *m_ticker;
    QDateTime m_expiresAt;
    QPointer<SandboxEnd> m_end;
    QList<QMetaObject::Connection> m_endConnections;
    int m_versionCount = 0;
    QHash<int, VersionChangeSummary> m_versionChanges;  // of m_sessionId's versions
    bool m_ready = false;  // the app runs here and is ready
};
