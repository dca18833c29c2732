// SPDX-License-Identifier: MIT
#include "sessionactions.h"

#include "appicons.h"
#include "sessionretry.h"
#include "sessiontext.h"
#include "store/sessionstore.h"
#include "store/sessionwatcher.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace {
QAction *makeAction(const QString &text, const QString &objectName, const QString &toolTip, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    action->setEnabled(false);
    return action;
}
} // namespace

SessionActions::SessionActions(SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_watcher(new SessionWatcher(manager->store(), this))
    , m_stop(makeAction(tr("&Stop"), QStringLiteral("stopAction"), tr("Stop the app and remove its sandbox"), this))
    , m_redeploy(makeAction(tr("&Redeploy"), QStringLiteral("redeployAction"),
                            tr("Deploy the stored app again in a new sandbox"), this))
    , m_tryAgain(makeAction(tr("&Try Again"), QStringLiteral("tryAgainAction"),
                            tr("Ask the model again with the same prompt and settings, as a new session"), this))
    , m_openInBrowser(makeAction(tr("&Open in Browser"), QStringLiteral("openInBrowserAction"),
                                 tr("Open the app in your web browser"), this))
    , m_copyUrl(makeAction(tr("&Copy URL"), QStringLiteral("copyUrlAction"), tr("Copy the app's address"), this))
    , m_reloadPreview(makeAction(tr("&Reload Preview"), QStringLiteral("reloadPreviewAction"),
                                 tr("Load the app's page again"), this))
    , m_delete(makeAction(tr("&Delete…"), QStringLiteral("deleteSessionAction"),
                          tr("Stop the app and erase the session; what it cost stays counted"), this))
{
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    // Menus show them; the session page's buttons stay text only.
    AppIcons::setLater(m_stop, QStringLiteral("process-stop"));
    AppIcons::setLater(m_redeploy, QStringLiteral("view-refresh"));
    AppIcons::setLater(m_reloadPreview, QStringLiteral("view-refresh"));
    AppIcons::setLater(m_openInBrowser, QStringLiteral("document-open"));
    AppIcons::setLater(m_delete, QStringLiteral("edit-delete"));
    m_reloadPreview->setShortcuts(QKeySequence::Refresh);

    connect(m_stop, &QAction::triggered, this, &SessionActions::stop);
    connect(m_redeploy, &QAction::triggered, this, &SessionActions::redeploy);
    connect(m_tryAgain, &QAction::triggered, this, [this] {
        if (!m_sessionId.isEmpty())
            emit tryAgainRequested(m_sessionId);
    });
    connect(m_openInBrowser, &QAction::triggered, this, &SessionActions::openInBrowser);
    connect(m_copyUrl, &QAction::triggered, this, &SessionActions::copyUrl);
    connect(m_reloadPreview, &QAction::triggered, this, &SessionActions::previewReloadRequested);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!m_sessionId.isEmpty())
            emit deleteRequested(m_sessionId);
    });

    connect(m_watcher, &SessionWatcher::sessionChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
    connect(m_manager, &SessionManager::runnerStarted, this, [this](SessionRunner *runner) {
        if (runner->sessionId() == m_sessionId)
            refresh();
    });
    connect(m_manager, &SessionManager::sessionEnded, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
    connect(m_manager, &SessionManager::stoppingChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
}

SessionActions::~SessionActions() = default;

void SessionActions::setSessionId(const QString &sessionId)
{
    m_watcher->setSessionId(sessionId);
    m_sessionId = sessionId;
    refresh();
}

void SessionActions::setRetry(SessionRetry *retry)
{
    m_retry = retry;
    refresh();
}

void SessionActions::refresh()
{
    const std::optional<Session> session = m_sessionId.isEmpty()
        ? std::nullopt
        : m_manager->store()->session(m_sessionId);
    const SessionRunner *runner = session ? m_manager->runner(m_sessionId) : nullptr;
    const bool running = runner && !runner->hasEnded();
    const bool ready = session && session->status == SessionStatus::Ready && session->appUrl.isValid();
    m_appUrl = ready ? session->appUrl : QUrl();

    // Only this process can stop what it runs; the history alone cannot.
    // A live session run by another SpawnAI process (a terminal's `spawnai
    // spawn`) can be stopped too: the manager asks that process.
    // While a Stop waits for E2B to confirm the kill, another would only join it.
    const bool stopping = session && m_manager->isStopping(m_sessionId);
    m_stop->setEnabled(session && !isTerminal(session->status) && !stopping);
    m_stop->setToolTip(stopping ? tr("Stopping: SpawnAI is ending the app's E2B sandbox and stops the session once E2B "
                                     "confirms it")
                                : tr("Stop the app and remove its sandbox"));
    // A session whose model never wrote an app has nothing to deploy: it is tried again instead.
    m_hasApp = session && !m_manager->store()->appVersions(m_sessionId).isEmpty();
    m_redeploy->setEnabled(session && !running && isTerminal(session->status) && m_hasApp);
    const bool canRetry = session && m_retry && m_retry->canRetry(*session);
    m_tryAgain->setEnabled(canRetry && !running && !m_retry->isBusy());
    m_tryAgain->setVisible(canRetry);  // in the menus only where it applies
    m_openInBrowser->setEnabled(ready);
    m_copyUrl->setEnabled(ready);
    m_reloadPreview->setEnabled(ready);
    m_delete->setEnabled(session.has_value());
}

void SessionActions::report(const SpawnError &error, QAction *action)
{
    if (error.isError())
        emit errorOccurred(withoutId(error.message), error.retryable ? action : nullptr);
}

QString SessionActions::withoutId(const QString &message) const
{
    const std::optional<Session> session = m_sessionId.isEmpty() ? std::nullopt : m_manager->store()->session(m_sessionId);
    return session ? SessionText::withoutId(message, *session) : message;
}

void SessionActions::stop()
{
    if (m_sessionId.isEmpty())
        return;
    report(m_manager->stop(m_sessionId, tr("stopped from the window")), m_stop);
    refresh();
}

void SessionActions::redeploy()
{
    if (m_sessionId.isEmpty())
        return;
    report(m_manager->redeploy(m_sessionId), m_redeploy);
    refresh();
}

void SessionActions::openInBrowser()
{
    if (!m_appUrl.isValid())
        return;
    if (const auto headers = m_manager->previewRequestHeaders(m_sessionId); !headers.isEmpty()) {
        emit privateAppOpenRequested(m_appUrl, headers);
        return;
    }
    if (!QDesktopServices::openUrl(m_appUrl))
        emit errorOccurred(tr("Could not open %1 in a web browser.").arg(m_appUrl.toDisplayString()), nullptr);
}

void SessionActions::copyUrl()
{
    if (m_appUrl.isValid())
        QGuiApplication::clipboard()->setText(m_appUrl.toString());
}
