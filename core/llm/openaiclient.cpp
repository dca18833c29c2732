// SPDX-License-Identifier: MIT
#include "openaiclient.h"

#include "chatstream.h"
#include "jsonrequest.h"
#include "localpreflight.h"
#include "modellisting.h"
#include "ollamarequestfactory.h"
#include "ollamastreamdecoder.h"
#include "openaistreamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lcOpenAi, "spawnai.llm.openai", QtInfoMsg)
}

OpenAiClient::OpenAiClient(const OpenAiConfig &config, QNetworkAccessManager *network, QObject *parent)
    : LlmClient(parent)
    , m_config(config)
    , m_factory(config)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

OpenAiClient::~OpenAiClient() = default;

std::optional<SpawnError> OpenAiClient::validate(const ChatRequest &request) const
{
    const QString server = m_factory.endpoint().serviceName;
    if (request.model.isEmpty())
        return SpawnError::user(tr("No model is chosen for %1: pick one in Settings").arg(server));
    if (request.maxTokens < 1)
        return SpawnError::user(tr("The output limit must be at least one token"));
    if (request.messages.isEmpty())
        return SpawnError::user(tr("There is nothing to send to %1").arg(server));
    // An assistant turn last is allowed: llama.cpp continues it (prefill).
    return std::nullopt;
}

ChatStream *OpenAiClient::stream(const ChatRequest &request)
{
    auto *stream = new ChatStream(m_factory.chatCompletions(m_network, request),
                                  std::make_unique<OpenAiStreamDecoder>(m_factory.endpoint(), request.model, request.maxTokens));
    const std::optional<SpawnError> refusal = validate(request);
    if (refusal || !m_config.detectServer || m_server.kind == LocalServerKind::Other)
        return startUnlessRefused(stream, refusal);
    prepare(stream, request);
    return stream;
}

void OpenAiClient::prepare(ChatStream *stream, const ChatRequest &request)
{
    auto *preflight = new LocalPreflight(m_network, m_config, m_server, request, stream);
    stream->setPreparation(preflight);
    const QPointer<OpenAiClient> self(this);
    connect(preflight, &AsyncOperation::finished, stream, [self, stream, preflight, request] {
        preflight->deleteLater();
        if (preflight->isCancelled() || stream->isFinished())
            return;
        stream->setPreparation(nullptr);
        if (!self) {  // its network manager may be gone with it
            stream->refuse(SpawnError::system(OpenAiClient::tr("The connection to the model server was closed")));
            return;
        }
        self->sendPrepared(stream, *preflight, request);
    });
}

void OpenAiClient::sendPrepared(ChatStream *stream, const LocalPreflight &preflight, const ChatRequest &request)
{
    m_server = preflight.server();
    const LocalContextPlan &plan = preflight.plan();
    if (plan.refusal) {
        startUnlessRefused(stream, plan.refusal);
        return;
    }
    // Errors name the server found, not the one guessed from the port.
    LlmEndpoint endpoint = m_factory.endpoint();
    if (m_config.serverName.isEmpty() && m_server.found)
        endpoint.serviceName = LocalServerInfo::kindName(m_server.kind);
    if (m_server.kind == LocalServerKind::Ollama) {
        const OllamaRequestFactory ollama(m_config, endpoint);
        qCInfo(lcOpenAi) << "Ollama's /api/chat for" << request.model << "num_ctx" << plan.numCtx << "(prompt about"
                         << plan.promptTokens << "tokens)";
        stream->redirect(ollama.chat(m_network, request, plan.numCtx),
                         std::make_unique<OllamaStreamDecoder>(ollama.endpoint(), request.model, request.maxTokens));
    } else if (endpoint.serviceName != m_factory.endpoint().serviceName) {
        LlmExchangeSetup setup = m_factory.chatCompletions(m_network, request);
        setup.endpoint = endpoint;
        stream->redirect(std::move(setup),
                         std::make_unique<OpenAiStreamDecoder>(endpoint, request.model, request.maxTokens));
    }
    stream->start();
}

int OpenAiClient::contextWindow(const QString &model) const
{
    const LocalModel *known = m_server.kind == LocalServerKind::LlamaCpp
        ? (m_server.models.isEmpty() ? nullptr : &m_server.models.first())
        : m_server.model(model);
    return known ? known->usableContext() : 0;
}

ModelListing *OpenAiClient::listModels()
{
    return new ModelListing(new JsonRequest(m_factory.models(m_network)), &OpenAiClient::parseModels);
}

QList<ModelInfo> OpenAiClient::parseModels(const QJsonDocument &document)
{
    QList<ModelInfo> models;
    for (const QJsonValue &value : document.object().value(u"data").toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo info;
        info.id = object.value(u"id").toString();
        if (info.id.isEmpty())
            continue;
        info.displayName = info.id;
        const qint64 created = object.value(u"created").toInteger();
        if (created > 0)
            info.createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
        // llama.cpp tells the context it was trained with; the others say nothing.
        info.maxInputTokens = object.value(u"meta").toObject().value(u"n_ctx_train").toInt();
        models.append(info);
    }
    return models;
}
