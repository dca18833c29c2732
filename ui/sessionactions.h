// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class SessionManager;
class SessionRetry;
class SessionWatcher;
struct SpawnError;

// What the user can do to the shown session: stop it, deploy it again, open
// or copy its URL, reload its preview, delete it. The menu bar and the session view
// share these actions, so both enable them the same way: from the stored
// status and from whether this process runs the session.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    explicit SessionActions(SessionManager *manager, QObject *parent = nullptr);
    ~SessionActions() override;

    // Also points watcher() at the session: call it before the session view's.
    void setSessionId(const QString &sessionId);
    // The shown session's one watcher: these actions, the session view and
    // its parts follow the session through it, whichever process changes it.
    SessionWatcher *watcher() const { return m_watcher; }
    const QString &sessionId() const { return m_sessionId; }

    QAction *stopAction() const { return m_stop; }
    // Off when nothing was ever stored to deploy (the model wrote no app).
    QAction *redeployAction() const { return m_redeploy; }
    // The same request again, as a new session, for one that failed before
    // any app existed (SessionRetry); the window carries it out.
    QAction *tryAgainAction() const { return m_tryAgain; }
    void setRetry(SessionRetry *retry);
    // Whether the shown session has a stored app (Redeploy can run it).
    bool hasApp() const { return m_hasApp; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *reloadPreviewAction() const { return m_reloadPreview; }
    // Asks (deleteRequested) to delete the shown session; the window confirms first.
    QAction *deleteAction() const { return m_delete; }

signals:
    // An action could not be carried out; the message is for the user.
    // `retry` is the action again when trying once more can help, else null.
    void errorOccurred(const QString &message, QAction *retry);
    void previewReloadRequested();
    void deleteRequested(const QString &sessionId);
    void tryAgainRequested(const QString &sessionId);
    // Open in Browser on an app whose address wants `headers` (a private
    // E2B preview): an outside browser would be refused, so the window
    // explains instead (PrivateAppNotice).
    void privateAppOpenRequested(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers);

private:
    void refresh();
    // Messages name the session by its title, never by its id.
    QString withoutId(const QString &message) const;
    void report(const SpawnError &error, QAction *action);
    void stop();
    void redeploy();
    void openInBrowser();
    void copyUrl();

    SessionManager *m_manager;
    SessionWatcher *m_watcher;
    QString m_sessionId;
    QUrl m_appUrl;
    QAction *m_stop;
    QAction *m_redeploy;
    QAction *m_tryAgain;
    SessionRetry *m_retry = nullptr;
    bool m_hasApp = false;
    QAction *m_openInBrowser;
    QAction *m_copyUrl;
    QAction *m_reloadPreview;
    QAction *m_delete;
};
