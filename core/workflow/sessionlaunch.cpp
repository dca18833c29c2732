// SPDX-License-Identifier: MIT
#include "sessionlaunch.h"

#include "common/promptimagecheck.h"
#include "deploy/packagespec.h"
#include "deploy/templatelibrary.h"
#include "llm/anthropicclient.h"
#include "llm/llmclient.h"
#include "llm/modelclients.h"
#include "modelkey.h"
#include "secrets/secretstore.h"
#include "sessionmanager.h"
#include "spawnlaunch.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcSessionLaunch, "spawnai.workflow.sessionlaunch", QtInfoMsg)
} // namespace

SessionLaunch::SessionLaunch(SessionManager *manager, SecretStore *secrets, LaunchRequest request, QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_secrets(secrets)
    , m_request(std::move(request))
{
}

SessionLaunch::~SessionLaunch()
{
    abortWork();
}

std::optional<SpawnRequest> SessionLaunch::toSpawnRequest(const LaunchRequest &launch, SpawnError *error)
{
    SpawnRequest request;
    request.prompt = launch.prompt;
    request.templateName = launch.templateName;
    request.sourceSummary = launch.sourceSummary;
    request.sandboxKind = launch.sandboxKind;
    request.internetAccess = launch.internetAccess;
    request.timeout = launch.timeout;
    request.promptTokens = launch.promptTokens;
    request.images = launch.images;
    request.environment = launch.environment;
    if (*error = AppEnvironment::check(launch.environment); error->isError())
        return std::nullopt;
    for (const QString &name : launch.allowScripts) {
        if (!PackageSpec::validateApproval(name, error))
            return std::nullopt;
    }
    request.allowScripts = launch.allowScripts;
    if (const SpawnError tooMany = PromptImageCheck::checkCount(launch.images.size()); tooMany.isError()) {
        *error = tooMany;
        return std::nullopt;
    }
    if (launch.bundle || !launch.templateName.isEmpty()) {
        if (!launch.images.isEmpty()) {
            *error = SpawnError::user(tr("Images go with a prompt for the model, not with a template or a folder"));
            return std::nullopt;
        }
        if (launch.bundle)
            request.bundle = *launch.bundle;
        return request;
    }
    if (launch.provider != u"anthropic" && launch.provider != u"openai") {
        *error = SpawnError::user(tr("Unknown model provider \"%1\": use anthropic or openai").arg(launch.provider));
        return std::nullopt;
    }
    GenerationSettings settings;
    if (!launch.appType.isEmpty() && launch.appType != u"auto") {
        AppType type = AppType::WebApp;
        if (!appTypeFromString(launch.appType, &type)) {
            *error = SpawnError::user(tr("Unknown app type \"%1\": use webapp, api, script or auto").arg(launch.appType));
            return std::nullopt;
        }
        settings.appType = type;
    }
    const bool anthropic = launch.provider == u"anthropic";
    settings.model = launch.model.isEmpty() && anthropic ? AnthropicClient::defaultModel() : launch.model;
    if (launch.maxTokens > 0)
        settings.maxTokens = launch.maxTokens;
    request.provider = launch.provider;
    request.model = settings.model;
    request.baseUrl = launch.baseUrl;
    request.generation = settings;
    return request;
}

void SessionLaunch::start()
{
    if (!m_manager) {
        finishLater(SpawnError::system(tr("SpawnAI is closing")));
        return;
    }
    if (!m_request.bundle && !m_request.templateName.isEmpty()) {
        SpawnError error;
        m_request.bundle = TemplateLibrary().load(m_request.templateName, &error);
        if (!m_request.bundle) {
            finishLater(error);
            return;
        }
        if (m_request.sourceSummary.isEmpty())
            m_request.sourceSummary = u"template " + m_request.templateName;
    }
    SpawnError error;
    const std::optional<SpawnRequest> request = toSpawnRequest(m_request, &error);
    if (!request) {
        finishLater(error);
        return;
    }
    if (!request->generation) {
        launch(*request);
        return;
    }
    // The key first: without one nothing else is worth doing.
    m_key = new ModelKey(m_secrets, m_request.provider, this);
    connect(m_key, &AsyncOperation::finished, this, &SessionLaunch::onKey);
    m_key->start();
}

void SessionLaunch::onKey()
{
    ModelKey *key = m_key;
    m_key = nullptr;
    key->deleteLater();
    if (!m_manager) {
        finishWithError(SpawnError::system(tr("SpawnAI is closing")));
        return;
    }
    if (key->key().isEmpty() && ModelKey::isRequired(m_request.provider)) {
        m_keyMissing = true;
        finishWithError(ModelKey::missingClaudeKey());
        return;
    }
    qCDebug(lcSessionLaunch) << "the" << m_request.provider << "key comes from"
                             << (key->source() == ModelKey::Source::Keychain ? "the keychain" : "the environment");
    SpawnError error;
    std::optional<SpawnRequest> request = toSpawnRequest(m_request, &error);
    if (!request) {
        finishWithError(error);
        return;
    }
    LlmClient *client = m_manager->modelClients()->client(m_request.provider, m_request.baseUrl, key->key());
    request->provider = client->provider();
    request->generation->client = client;
    launch(*request);
}

void SessionLaunch::launch(const SpawnRequest &request)
{
    // SpawnLaunch: the plan's limits and the budget, then the count, then the spawn.
    m_spawn = new SpawnLaunch(m_manager, request, this);
    if (m_countDeadline.count() > 0)
        m_spawn->setCountDeadline(m_countDeadline);
    connect(m_spawn, &AsyncOperation::finished, this, [this, spawn = m_spawn.data()] {
        m_spawn = nullptr;
        spawn->deleteLater();
        m_estimate = spawn->estimate();
        if (!spawn->succeeded()) {
            finishWithError(spawn->error());
            return;
        }
        m_sessionId = spawn->sessionId();
        finishSuccess();
    });
    m_spawn->start();
}

void SessionLaunch::abortWork()
{
    if (ModelKey *key = m_key) {
        m_key = nullptr;
        key->disconnect(this);
        key->cancel();
        key->deleteLater();
    }
    if (SpawnLaunch *spawn = m_spawn) {
        m_spawn = nullptr;
        spawn->disconnect(this);
        spawn->cancel();
        spawn->deleteLater();
    }
}
