// SPDX-License-Identifier: MIT
#include "apisessionstart.h"

#include "common/median.h"
#include "deploy/appbundle.h"
#include "deploy/templatelibrary.h"
#include "llm/anthropicclient.h"
#include "llm/openaiclient.h"
#include "secrets/secretstore.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"
#include "workflow/spawnlaunch.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
constexpr int DefaultSecondsFromFiles = 10;
constexpr int DefaultSecondsGenerated = 60;
} // namespace

ApiSessionStart::ApiSessionStart(SessionManager *manager, SecretStore *secrets, SessionStartRequest request,
                                 QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_secrets(secrets)
    , m_request(std::move(request))
{
}

ApiSessionStart::~ApiSessionStart() = default;

void ApiSessionStart::fail(const ApiError &error)
{
    m_apiError = error;
    QTimer::singleShot(0, this, [this, error] { finishWithError(error.error); });
}

void ApiSessionStart::start()
{
    if (!m_request.prompt.isEmpty()) {
        const bool anthropic = m_request.provider == u"anthropic";
        const QString name = QString::fromLatin1(anthropic ? SecretNames::Anthropic : SecretNames::OpenAi);
        if (!m_secrets) {
            startGenerated({});
            return;
        }
        SecretReading *reading = m_secrets->read(name);
        connect(reading, &AsyncOperation::finished, this, [this, reading] {
            reading->deleteLater();
            startGenerated(reading->succeeded() ? reading->value() : QString());
        });
        return;
    }
    SpawnError error;
    std::optional<AppBundle> bundle;
    SpawnRequest request;
    if (!m_request.templateName.isEmpty()) {
        TemplateLibrary library;
        if (!library.availableTemplates().contains(m_request.templateName)) {
            fail(ApiError::notFound(tr("There is no template \"%1\". Templates: %2")
                                        .arg(m_request.templateName,
                                             library.availableTemplates().join(QStringLiteral(", "))),
                                    QStringLiteral("template")));
            return;
        }
        bundle = library.load(m_request.templateName, &error);
        request.prompt = tr("Template: %1").arg(m_request.templateName);
        request.templateName = m_request.templateName;
        request.sourceSummary = u"template " + m_request.templateName;
    } else {
        QList<BundleFile> files;
        files.append({QStringLiteral("spawnai.json"), m_request.manifestJson, false});
        for (const SessionStartRequest::File &file : std::as_const(m_request.files))
            files.append({file.path, file.content, false});
        bundle = AppBundle::fromFiles(files, &error);
        request.prompt = tr("Files sent through the API");
        request.sourceSummary = QStringLiteral("api files");
    }
    if (!bundle) {
        ApiError refusal = ApiError::from(error);
        refusal.field = m_request.templateName.isEmpty() ? QStringLiteral("files") : QStringLiteral("template");
        fail(refusal);
        return;
    }
    request.bundle = *bundle;
    request.sandboxKind = m_request.sandbox;
    request.internetAccess = m_request.internet;
    request.timeout = std::chrono::seconds(m_request.timeoutSeconds);
    if (!m_manager) {
        fail(ApiError::from(SpawnError::system(tr("SpawnAI is shutting down"))));
        return;
    }
    m_sessionId = m_manager->spawn(request, &error);
    if (m_sessionId.isEmpty()) {
        fail(ApiError::from(error));
        return;
    }
    QTimer::singleShot(0, this, [this] { finishSuccess(); });
}

void ApiSessionStart::startGenerated(const QString &keychainKey)
{
    const bool anthropic = m_request.provider == u"anthropic";
    QString key = keychainKey;
    if (key.isEmpty())
        key = anthropic ? AnthropicClient::keyFromEnvironment() : qEnvironmentVariable("OPENAI_API_KEY");
    if (anthropic && key.isEmpty()) {
        fail(ApiError::unprocessable(tr("No Claude API key: set ANTHROPIC_API_KEY, add the key in Settings, or use "
                                        "\"provider\": \"openai\" with a local model"),
                                     QStringLiteral("provider")));
        return;
    }
    if (!m_manager) {
        fail(ApiError::from(SpawnError::system(tr("SpawnAI is shutting down"))));
        return;
    }
    GenerationSettings settings;
    // The client outlives this operation: it goes with the session's runner.
    if (anthropic) {
        AnthropicConfig config;
        config.apiKey = key;
        config.baseUrl = QUrl(m_request.baseUrl);
        m_client = new AnthropicClient(config, nullptr, m_manager);
        settings.model = m_request.model.isEmpty() ? AnthropicClient::defaultModel() : m_request.model;
    } else {
        OpenAiConfig config;
        config.apiKey = key;
        if (!m_request.baseUrl.isEmpty())
            config.baseUrl = QUrl(m_request.baseUrl);
        m_client = new OpenAiClient(config, nullptr, m_manager);
        settings.model = m_request.model;
    }
    settings.client = m_client;
    AppType type = AppType::WebApp;
    if (appTypeFromString(m_request.appType, &type))
        settings.appType = type;
    SpawnRequest request;
    request.prompt = m_request.prompt;
    request.provider = m_client->provider();
    request.model = settings.model;
    request.generation = settings;
    request.sandboxKind = m_request.sandbox;
    request.internetAccess = m_request.internet;
    request.timeout = std::chrono::seconds(m_request.timeoutSeconds);
    auto *launch = new SpawnLaunch(m_manager, request, this);
    connect(launch, &AsyncOperation::finished, this, [this, launch] {
        launch->deleteLater();
        if (!launch->succeeded()) {
            delete m_client;
            m_client = nullptr;
            m_apiError = ApiError::from(launch->error());
            finishWithError(launch->error());
            return;
        }
        m_sessionId = launch->sessionId();
        if (SessionRunner *runner = m_manager ? m_manager->runner(m_sessionId) : nullptr)
            m_client->setParent(runner);
        finishSuccess();
    });
    launch->start();
}

int ApiSessionStart::estimatedSeconds(SessionStore *store, const QString &appType, bool generated)
{
    const int fallback = generated ? DefaultSecondsGenerated : DefaultSecondsFromFiles;
    if (!store)
        return fallback;
    SessionQuery query;
    AppType type = AppType::WebApp;
    if (appTypeFromString(appType, &type))
        query.appTypes = {type};
    query.order = SessionQuery::Order::Created;
    query.limit = 60;
    QList<double> seconds;
    const QList<Session> sessions = store->sessions(query);
    for (const Session &session : sessions) {
        if (session.provider.isEmpty() == generated)
            continue;
        for (const SessionEvent &event : store->events(session.id)) {
            if (event.kind == EventKind::Transition && event.toStatus == SessionStatus::Ready) {
                seconds << double(session.createdAt.msecsTo(event.time)) / 1000.0;
                break;
            }
        }
        if (seconds.size() >= 20)
            break;
    }
    return seconds.isEmpty() ? fallback : qMax(1, qRound(median(seconds)));
}
