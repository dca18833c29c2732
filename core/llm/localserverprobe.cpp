// SPDX-License-Identifier: MIT
#include "localserverprobe.h"

#include "jsonrequest.h"
#include "llmerrors.h"
#include "localapirequestfactory.h"
#include "ollamarequestfactory.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.local", QtInfoMsg)

OpenAiConfig ollamaConfig(const LocalServerProbe::Options &options)
{
    OpenAiConfig config;
    config.baseUrl = options.root;
    config.apiKey = options.apiKey;
    config.retry.maxAttempts = 1;
    return config;
}

LlmEndpoint ollamaEndpoint(const QUrl &root)
{
    LlmEndpoint endpoint;
    endpoint.provider = QStringLiteral("openai");
    endpoint.baseUrl = root;
    endpoint.serviceName = LocalServerInfo::kindName(LocalServerKind::Ollama);
    endpoint.local = true;
    return endpoint;
}
}

LocalServerProbe::LocalServerProbe(QNetworkAccessManager *network, Options options, QObject *parent)
    : PendingOperation(parent)
    , m_network(network)
    , m_options(std::move(options))
{
    m_info.kind = m_options.kind;
    m_info.root = m_options.root;
    const LocalApiRequestFactory local(m_options.root, m_options.apiKey, m_options.timeout);
    switch (m_options.kind) {
    case LocalServerKind::Ollama: {
        const OllamaRequestFactory ollama(ollamaConfig(m_options), ollamaEndpoint(m_options.root));
        JsonRequest *request = send(ollama.version(m_network, m_options.timeout));
        connect(request, &AsyncOperation::finished, this, [this, request] { onVersion(request); });
        break;
    }
    case LocalServerKind::LmStudio: {
        JsonRequest *request = send(local.lmStudioModels(m_network));
        connect(request, &AsyncOperation::finished, this, [this, request] { onLmStudio(request); });
        break;
    }
    case LocalServerKind::LlamaCpp: {
        JsonRequest *request = send(local.llamaProps(m_network));
        connect(request, &AsyncOperation::finished, this, [this, request] { onLlamaProps(request); });
        break;
    }
    case LocalServerKind::Unknown:
    case LocalServerKind::Other:
        finishLater();
        break;
    }
}

LocalServerProbe::~LocalServerProbe()
{
    abortWork();
}

JsonRequest *LocalServerProbe::send(LlmExchangeSetup setup)
{
    setup.failureIsAnswer = true;
    auto *request = new JsonRequest(std::move(setup), this);
    m_requests.append(request);
    request->start();
    return request;
}

void LocalServerProbe::abortWork()
{
    for (JsonRequest *request : std::exchange(m_requests, {})) {
        request->disconnect(this);
        request->cancel();
        request->deleteLater();
    }
}

void LocalServerProbe::notFound(const SpawnError &error)
{
    m_info.found = false;
    m_info.error = error;
    qCDebug(lc) << LocalServerInfo::kindName(m_options.kind) << "not at" << m_options.root << error.message;
    done();
}

void LocalServerProbe::done()
{
    if (!isFinished())
        succeed();
}

void LocalServerProbe::onVersion(JsonRequest *request)
{
    if (!request->succeeded() || OllamaRequestFactory::parseVersion(request->document()).isEmpty()) {
        notFound(request->succeeded() ? LlmErrors::unexpectedBody(request->endpoint(), QStringLiteral("/api/version"))
                                      : request->error());
        return;
    }
    m_info.found = true;
    m_info.version = OllamaRequestFactory::parseVersion(request->document());
    if (!m_options.listModels) {
        done();
        return;
    }
    const OllamaRequestFactory ollama(ollamaConfig(m_options), ollamaEndpoint(m_options.root));
    JsonRequest *tags = send(ollama.tags(m_network, m_options.timeout));
    connect(tags, &AsyncOperation::finished, this, [this, tags] { onTags(tags); });
}

void LocalServerProbe::onTags(JsonRequest *request)
{
    if (!request->succeeded()) {
        m_info.error = request->error();
        done();
        return;
    }
    m_info.models = OllamaRequestFactory::parseTags(request->document());
    if (m_info.models.isEmpty()) {
        done();
        return;
    }
    // The context of each model is only in /api/show; ask for all at once.
    const OllamaRequestFactory ollama(ollamaConfig(m_options), ollamaEndpoint(m_options.root));
    m_pendingShows = int(m_info.models.size());
    for (int i = 0; i < m_info.models.size(); ++i) {
        JsonRequest *show = send(ollama.show(m_network, m_info.models.at(i).name, m_options.timeout));
        connect(show, &AsyncOperation::finished, this, [this, show, i] { onShow(show, i); });
    }
}

void LocalServerProbe::onShow(JsonRequest *request, int index)
{
    if (request->succeeded())
        OllamaRequestFactory::parseShow(request->document(), &m_info.models[index]);
    else
        qCDebug(lc) << "no details for" << m_info.models.at(index).name << request->error().message;
    if (--m_pendingShows == 0)
        done();
}

void LocalServerProbe::onLmStudio(JsonRequest *request)
{
    if (!request->succeeded() || !LocalApiRequestFactory::isLmStudioModels(request->document())) {
        notFound(request->succeeded() ? LlmErrors::unexpectedBody(request->endpoint(), QStringLiteral("/api/v0/models"))
                                      : request->error());
        return;
    }
    m_info.found = true;
    m_info.models = LocalApiRequestFactory::parseLmStudioModels(request->document());
    done();
}

void LocalServerProbe::onLlamaProps(JsonRequest *request)
{
    if (!request->succeeded() || !LocalApiRequestFactory::isLlamaProps(request->document())) {
        notFound(request->succeeded() ? LlmErrors::unexpectedBody(request->endpoint(), QStringLiteral("/props"))
                                      : request->error());
        return;
    }
    m_info.found = true;
    m_info.models = LocalApiRequestFactory::parseLlamaProps(request->document());
    done();
}
