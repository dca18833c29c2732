// SPDX-License-Identifier: MIT
#include "localapirequestfactory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LocalApiRequestFactory::LocalApiRequestFactory(const QUrl &root, const QString &apiKey,
                                               std::chrono::milliseconds timeout)
    : m_root(root)
    , m_apiKey(apiKey)
    , m_timeout(timeout)
{
}

LlmExchangeSetup LocalApiRequestFactory::get(QNetworkAccessManager *network, const QString &path,
                                              LocalServerKind kind) const
{
    LlmEndpoint endpoint;
    endpoint.provider = QStringLiteral("openai");
    endpoint.baseUrl = m_root;
    endpoint.serviceName = LocalServerInfo::kindName(kind);
    endpoint.local = true;
    QNetworkRequest request(endpoint.url(path));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("accept", "application/json");
    request.setRawHeader("User-Agent", LlmEndpoint::userAgent());
    RetryPolicy once;
    once.maxAttempts = 1;
    return LlmExchangeSetup::make(network, request, endpoint, once, m_timeout);
}

LlmExchangeSetup LocalApiRequestFactory::lmStudioModels(QNetworkAccessManager *network, LocalServerKind as) const
{
    return get(network, QStringLiteral("/api/v0/models"), as);
}

LlmExchangeSetup LocalApiRequestFactory::llamaProps(QNetworkAccessManager *network) const
{
    return get(network, QStringLiteral("/props"), LocalServerKind::LlamaCpp);
}

bool LocalApiRequestFactory::isLmStudioModels(const QJsonDocument &document)
{
    return document.object().value(u"data").isArray();
}

bool LocalApiRequestFactory::isLlamaProps(const QJsonDocument &document)
{
    return document.object().value(u"default_generation_settings").isObject();
}

QList<LocalModel> LocalApiRequestFactory::parseLmStudioModels(const QJsonDocument &document)
{
    QList<LocalModel> models;
    for (const QJsonValue &value : document.object().value(u"data").toArray()) {
        const QJsonObject object = value.toObject();
        const QString type = object.value(u"type").toString();
        if (type == u"embeddings")
            continue;
        LocalModel model;
        model.name = object.value(u"id").toString();
        if (model.name.isEmpty())
            continue;
        model.contextLength = object.value(u"max_context_length").toInt();
        model.loaded = object.value(u"state").toString() == u"loaded";
        if (model.loaded)
            model.loadedContext = object.value(u"loaded_context_length").toInt();
        if (type == u"vlm")
            model.capabilities << QStringLiteral("vision");
        model.capabilitiesKnown = type == u"llm" || type == u"vlm";
        models.append(model);
    }
    return models;
}

QList<LocalModel> LocalApiRequestFactory::parseLlamaProps(const QJsonDocument &document)
{
    const QJsonObject props = document.object();
    LocalModel model;
    model.name = props.value(u"model_alias").toString();
    if (model.name.isEmpty())
        model.name = QFileInfo(props.value(u"model_path").toString()).fileName();
    model.loaded = true;
    // Each of the server's slots (-np) gets n_ctx; a request has one slot.
    model.loadedContext = props.value(u"default_generation_settings").toObject().value(u"n_ctx").toInt();
    // {"vision": false, "audio": false}: vision comes with a projector
    // (--mmproj). Older servers, and the router mode's /props, have no
    // modalities: then whether the model sees is not known.
    const QJsonValue modalities = props.value(u"modalities");
    if (modalities.isObject()) {
        model.capabilitiesKnown = true;
        if (modalities.toObject().value(u"vision").toBool())
            model.capabilities << QStringLiteral("vision");
    }
    return {model};
}
