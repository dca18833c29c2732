// SPDX-License-Identifier: MIT
#include "openaiclient.h"

#include "chatstream.h"
#include "jsonrequest.h"
#include "modellisting.h"
#include "openaistreamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

OpenAiClient::OpenAiClient(const OpenAiConfig &config, QNetworkAccessManager *network, QObject *parent)
    : LlmClient(parent)
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
    return startUnlessRefused(new ChatStream(m_factory.chatCompletions(m_network, request),
                                             std::make_unique<OpenAiStreamDecoder>(m_factory.endpoint(), request.model)),
                              validate(request));
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
