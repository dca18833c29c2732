// SPDX-License-Identifier: MIT
#include "ollamarequestfactory.h"

#include "openairequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OllamaRequestFactory::OllamaRequestFactory(const OpenAiConfig &config, const LlmEndpoint &endpoint)
    : m_config(config)
    , m_endpoint(endpoint)
{
    m_endpoint.baseUrl = rootOf(endpoint.baseUrl);
}

QUrl OllamaRequestFactory::rootOf(const QUrl &baseUrl)
{
    QUrl root = baseUrl;
    QString path = root.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1"))
        path.chop(3);
    root.setPath(path);
    return root;
}

LlmExchangeSetup OllamaRequestFactory::setup(QNetworkAccessManager *network, const QString &path,
                                              const QByteArray &accept, std::chrono::milliseconds timeout,
                                              int attempts) const
{
    QNetworkRequest request(m_endpoint.url(path));
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setRawHeader("accept", accept);
    request.setRawHeader("User-Agent", LlmEndpoint::userAgent());
    RetryPolicy retry = m_config.retry;
    if (attempts > 0)
        retry.maxAttempts = attempts;
    return LlmExchangeSetup::make(network, request, m_endpoint, retry, timeout);
}

LlmExchangeSetup OllamaRequestFactory::version(QNetworkAccessManager *network, std::chrono::milliseconds timeout) const
{
    return setup(network, QStringLiteral("/api/version"), QByteArrayLiteral("application/json"), timeout, 1);
}

LlmExchangeSetup OllamaRequestFactory::tags(QNetworkAccessManager *network, std::chrono::milliseconds timeout) const
{
    return setup(network, QStringLiteral("/api/tags"), QByteArrayLiteral("application/json"), timeout, 1);
}

LlmExchangeSetup OllamaRequestFactory::show(QNetworkAccessManager *network, const QString &model,
                                             std::chrono::milliseconds timeout) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/api/show"), QByteArrayLiteral("application/json"),
                                    timeout, 1);
    result.verb = QByteArrayLiteral("POST");
    result.request.setRawHeader("content-type", "application/json");
    result.body = QJsonDocument(QJsonObject{{QStringLiteral("model"), model}}).toJson(QJsonDocument::Compact);
    result.model = model;
    return result;
}

LlmExchangeSetup OllamaRequestFactory::chat(QNetworkAccessManager *network, const ChatRequest &request, int numCtx) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/api/chat"), QByteArrayLiteral("application/x-ndjson"),
                                    m_config.inactivityTimeout, 0);
    result.verb = QByteArrayLiteral("POST");
    result.request.setRawHeader("content-type", "application/json");
    result.body = chatBody(request, numCtx, m_config.keepAlive);
    result.model = request.model;
    return result;
}

QByteArray OllamaRequestFactory::chatBody(const ChatRequest &request, int numCtx, const QString &keepAlive)
{
    // Ollama's /api/chat takes the messages as the OpenAI-compatible API
    // does, but its pictures as bare base64 in the turn's "images".
    const QJsonArray messages = OpenAiRequestFactory::messages(request, OpenAiRequestFactory::ImageForm::OllamaImages);
    QJsonObject options{{QStringLiteral("num_predict"), request.maxTokens}};
    if (numCtx > 0)
        options.insert(QStringLiteral("num_ctx"), numCtx);
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("options"), options},
    };
    if (!keepAlive.isEmpty())
        body.insert(QStringLiteral("keep_alive"), keepAlive);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString OllamaRequestFactory::parseVersion(const QJsonDocument &document)
{
    return document.object().value(u"version").toString();
}

QList<LocalModel> OllamaRequestFactory::parseTags(const QJsonDocument &document)
{
    QList<LocalModel> models;
    for (const QJsonValue &value : document.object().value(u"models").toArray()) {
        const QJsonObject object = value.toObject();
        LocalModel model;
        model.name = object.value(u"name").toString();
        if (model.name.isEmpty())
            model.name = object.value(u"model").toString();
        if (model.name.isEmpty())
            continue;
        model.sizeBytes = object.value(u"size").toInteger();
        model.parameterSize = object.value(u"details").toObject().value(u"parameter_size").toString();
        models.append(model);
    }
    return models;
}

void OllamaRequestFactory::parseShow(const QJsonDocument &document, LocalModel *model)
{
    const QJsonObject object = document.object();
    const QJsonObject info = object.value(u"model_info").toObject();
    const QString architecture = info.value(u"general.architecture").toString();
    int context = info.value(architecture + u".context_length").toInt();
    if (context <= 0) {
        // An architecture Ollama names differently from its keys: any *.context_length will do.
        for (auto it = info.begin(); it != info.end() && context <= 0; ++it) {
            if (it.key().endsWith(u".context_length"))
                context = it.value().toInt();
        }
    }
    model->contextLength = context;
    model->capabilities.clear();
    for (const QJsonValue &capability : object.value(u"capabilities").toArray())
        model->capabilities.append(capability.toString());
    // An older Ollama lists none: then nothing is known.
    model->capabilitiesKnown = !model->capabilities.isEmpty();
    const QString parameterSize = object.value(u"details").toObject().value(u"parameter_size").toString();
    if (!parameterSize.isEmpty())
        model->parameterSize = parameterSize;
}
