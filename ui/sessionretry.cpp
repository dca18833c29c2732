// SPDX-License-Identifier: MIT
#include "sessionretry.h"

#include "session/session.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

SessionRetry::SessionRetry(SessionManager *manager, SecretStore *secrets, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_secrets(secrets)
    , m_settings(settings)
{
}

SessionRetry::~SessionRetry() = default;

void SessionRetry::remember(const QString &sessionId, const LaunchRequest &request)
{
    LaunchRequest kept = request;
    kept.promptTokens = 0;  // counted again: the model may be another by then
    m_requests.insert(sessionId, kept);
}

bool SessionRetry::canRetry(const Session &session) const
{
    return !session.provider.isEmpty() && !session.prompt.isEmpty() && isTerminal(session.status)
        && m_manager->store()->appVersions(session.id).isEmpty();
}

LaunchRequest SessionRetry::requestFor(const Session &session) const
{
    if (const auto found = m_requests.constFind(session.id); found != m_requests.constEnd())
        return *found;
    LaunchRequest request;
    request.prompt = session.prompt;
    request.provider = session.provider;
    request.model = session.model;
    request.appType = appTypeToString(session.appType);
    request.sandboxKind = session.sandboxKind;
    if (session.provider == u"openai")
        request.baseUrl = m_settings->openAiBaseUrl();
    return request;
}

void SessionRetry::retry(const QString &sessionId)
{
    if (m_launch)
        return;
    const std::optional<Session> session = m_manager->store()->session(sessionId);
    if (!session || !canRetry(*session))
        return;
    const LaunchRequest request = requestFor(*session);
    auto *launch = new SessionLaunch(m_manager, m_secrets, request, this);
    m_launch = launch;
    connect(launch, &AsyncOperation::finished, this, [this, launch, request] {
        launch->deleteLater();
        if (launch->isCancelled())
            return;
        if (!launch->succeeded()) {
            emit failed(launch->error().isError() ? launch->error().message : tr("The app could not be started."),
                        launch->keyMissing());
            return;
        }
        remember(launch->sessionId(), request);
        emit started(launch->sessionId());
    });
    launch->start();
}
