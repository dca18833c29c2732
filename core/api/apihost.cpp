// SPDX-License-Identifier: MIT
#include "apihost.h"

#include "apiinfo.h"
#include "apiserver.h"
#include "apitoken.h"
#include "apitokensetup.h"
#include "common/pendingoperation.h"
#include "eventhub.h"
#include "hostlock.h"
#include "secrets/secretstore.h"
#include "sessioncontentroutes.h"
#include "sessionroutes.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcHost, "spawnai.api.host", QtInfoMsg)
}

ApiHost::ApiHost(const QString &dataDir, InfoRoutes::Sources sources, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_sources(std::move(sources))
    , m_secrets(secrets)
{
}

ApiHost::~ApiHost()
{
    stop();
}

bool ApiHost::isLoopbackOnly(const QList<QHostAddress> &addresses)
{
    return std::all_of(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) { return a.isLoopback(); });
}

PendingOperation *ApiHost::start(const Options &options)
{
    stop();
    m_problem.clear();
    m_holderPid = 0;
    auto *operation = new PendingOperation(this);
    // What a failed start leaves for the window to show.
    connect(operation, &AsyncOperation::finished, this, [this, operation] {
        if (!operation->succeeded() && !operation->isCancelled()) {
            m_problem = operation->error().message;
            emit servingChanged();
        }
    });
    m_lock = std::make_unique<HostLock>(m_dataDir);
    if (!m_lock->tryLock()) {
        m_holderPid = m_lock->holderPid();
        m_lock.reset();
        const SpawnError error = SpawnError::user(
            m_holderPid > 0
                ? QCoreApplication::translate("ApiHost", "Another SpawnAI (process %1) already hosts the API for %2")
                      .arg(m_holderPid)
                      .arg(m_dataDir)
                : QCoreApplication::translate("ApiHost", "Another SpawnAI already hosts the API for %1").arg(m_dataDir));
        operation->finishLater(error);
        return operation;
    }
    auto *token = new ApiTokenSetup(m_secrets, m_dataDir, false, operation);
    connect(token, &AsyncOperation::finished, operation, [this, token, operation, options] {
        token->deleteLater();
        if (!token->succeeded()) {
            m_lock.reset();
            operation->fail(token->error());
            return;
        }
        listen(operation, options);
    });
    token->start();
    return operation;
}

void ApiHost::listen(PendingOperation *operation, const Options &options)
{
    m_server = new ApiServer(m_dataDir, this);
    m_server->setAllowedOrigins(options.allowedOrigins);
    // For tests and benchmarks that must go past 50 requests a second or
    // 10 starts a minute (docs/api.md); never lower than 1.
    bool requestsOk = false;
    bool startsOk = false;
    const double requests = qEnvironmentVariable("SPAWNAI_API_REQUESTS_PER_SECOND").toDouble(&requestsOk);
    const double starts = qEnvironmentVariable("SPAWNAI_API_STARTS_PER_MINUTE").toDouble(&startsOk);
    if ((requestsOk && requests >= 1) || (startsOk && starts >= 1))
        m_server->setLimits(requestsOk && requests >= 1 ? requests : 50.0, startsOk && starts >= 1 ? starts : 10.0);
    new InfoRoutes(m_server, m_sources, m_server);
    new SessionRoutes(m_server, m_sources.manager, m_sources.cloud, m_secrets, m_server);
    new SessionContentRoutes(m_server, m_sources.manager, m_server);
    if (m_sources.manager) {
        auto *hub = new EventHub(m_server, m_sources.manager->store()->feed(), m_server);
        hub->setLimits(eventLimits());
        hub->setMaxClients(maxEventClients());
    }
    if (const SpawnError error = m_server->start(options.addresses, options.port); error.isError()) {
        delete m_server;
        m_server = nullptr;
        m_lock.reset();
        operation->fail(error);
        return;
    }
    ApiInfo info;
    info.url = m_server->url();
    info.pid = qint64(::getpid());
    info.tokenFile = ApiToken::filePath(m_dataDir);
    info.version = QCoreApplication::applicationVersion();
    if (const SpawnError error = info.write(m_dataDir); error.isError())
        qCWarning(lcHost) << error.message;
    qCInfo(lcHost) << "serving the API at" << info.url.toString();
    emit servingChanged();
    operation->succeed();
}

EventClient::Limits ApiHost::eventLimits()
{
    // For tests only (docs/api.md, WebSocket rooms): a ping interval and a
    // queue limit short enough to see a client closed within a test.
    EventClient::Limits limits;
    bool pingOk = false;
    bool queueOk = false;
    const int pingMs = qEnvironmentVariableIntValue("SPAWNAI_API_WS_PING_MS", &pingOk);
    const int queueBytes = qEnvironmentVariableIntValue("SPAWNAI_API_WS_QUEUE_BYTES", &queueOk);
    if (pingOk && pingMs >= 50)
        limits.pingInterval = std::chrono::milliseconds(pingMs);
    if (queueOk && queueBytes >= 1024)
        limits.queueBytes = queueBytes;
    return limits;
}

int ApiHost::maxEventClients()
{
    // For benchmarks only (docs/api.md, WebSocket rooms): bench_events
    // follows issue 12's 100 clients; hosts keep the 64 of the issue's
    // security section otherwise.
    bool ok = false;
    const int clients = qEnvironmentVariableIntValue("SPAWNAI_API_WS_MAX_CLIENTS", &ok);
    return ok && clients >= 1 ? clients : EventHub::MaxClients;
}

void ApiHost::stop()
{
    const bool wasServing = isServing();
    delete m_server;
    m_server = nullptr;
    if (m_lock) {
        ApiInfo::removeOwn(m_dataDir);
        m_lock.reset();
    }
    if (wasServing)
        emit servingChanged();
}

bool ApiHost::isServing() const
{
    return m_server != nullptr;
}

QUrl ApiHost::url() const
{
    return m_server ? m_server->url() : QUrl();
}

void ApiHost::setAllowedOrigins(const QStringList &origins)
{
    if (m_server)
        m_server->setAllowedOrigins(origins);
}
