// SPDX-License-Identifier: MIT
#include "localpreflight.h"

#include "jsonrequest.h"
#include "localserverprobe.h"
#include "ollamarequestfactory.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.local", QtInfoMsg)

LlmEndpoint ollamaEndpoint(const OpenAiConfig &config)
{
    LlmEndpoint endpoint;
    endpoint.provider = QStringLiteral("openai");
    endpoint.baseUrl = config.baseUrl;
    endpoint.serviceName = LocalServerInfo::kindName(LocalServerKind::Ollama);
    endpoint.local = true;
    return endpoint;
}
}

LocalPreflight::LocalPreflight(QNetworkAccessManager *network, const OpenAiConfig &config, LocalServerInfo known,
                               ChatRequest request, QObject *parent)
    : PendingOperation(parent)
    , m_network(network)
    , m_config(config)
    , m_server(std::move(known))
    , m_request(std::move(request))
{
    m_server.root = OllamaRequestFactory::rootOf(m_config.baseUrl);
    switch (m_server.kind) {
    case LocalServerKind::Unknown:
        probe({LocalServerKind::Ollama, LocalServerKind::LmStudio, LocalServerKind::LlamaCpp});
        break;
    case LocalServerKind::LmStudio:
    case LocalServerKind::LlamaCpp:
        probe({m_server.kind});
        break;
    case LocalServerKind::Ollama:
        // Even when the model is known, finish only once the caller is back in the loop.
        QMetaObject::invokeMethod(this, &LocalPreflight::showModel, Qt::QueuedConnection);
        break;
    case LocalServerKind::Other:
        finishLater();
        break;
    }
}

LocalPreflight::~LocalPreflight()
{
    abortWork();
}

void LocalPreflight::abortWork()
{
    for (LocalServerProbe *probe : std::exchange(m_probes, {})) {
        probe->disconnect(this);
        probe->cancel();
    }
    if (JsonRequest *show = std::exchange(m_show, nullptr)) {
        show->disconnect(this);
        show->cancel();
    }
}

void LocalPreflight::probe(const QList<LocalServerKind> &kinds)
{
    m_pending = int(kinds.size());
    for (LocalServerKind kind : kinds) {
        LocalServerProbe::Options options;
        options.root = m_server.root;
        options.kind = kind;
        options.listModels = false;  // Ollama: only the model asked for matters
        options.apiKey = m_config.apiKey;
        options.timeout = m_config.probeTimeout;
        auto *probe = new LocalServerProbe(m_network, options, this);
        m_probes.append(probe);
        connect(probe, &AsyncOperation::finished, this, [this] {
            if (--m_pending == 0)
                onProbesFinished();
        });
    }
}

void LocalPreflight::onProbesFinished()
{
    const QList<LocalServerProbe *> probes = std::exchange(m_probes, {});
    const LocalServerInfo *found = nullptr;
    bool answered = false;
    for (LocalServerProbe *probe : probes) {
        // In the order asked: Ollama first, as its own API is what matters most.
        if (!found && probe->info().found)
            found = &probe->info();
        // A refused connection or a 5xx may pass; a 404 or a foreign answer says what the server is not.
        answered = answered || !probe->info().error.retryable;
    }
    const QList<LocalModel> ollamaModels = m_server.kind == LocalServerKind::Ollama ? m_server.models : QList<LocalModel>{};
    if (found) {
        m_server.kind = found->kind;
        m_server.found = true;
        m_server.version = found->version;
        m_server.models = found->kind == LocalServerKind::Ollama ? ollamaModels : found->models;
    } else {
        // Not running: ask again next time rather than take it for another server.
        m_server.kind = answered ? LocalServerKind::Other : LocalServerKind::Unknown;
        m_server.found = false;
    }
    qCInfo(lc) << m_server.root << "is" << LocalServerInfo::kindName(m_server.kind) << m_server.version;
    for (LocalServerProbe *probe : probes)
        probe->deleteLater();
    if (m_server.kind == LocalServerKind::Ollama) {
        showModel();
        return;
    }
    conclude();
}

void LocalPreflight::showModel()
{
    const LocalModel *model = m_server.model(m_request.model);
    if (model && model->contextLength > 0) {
        conclude();  // known from an earlier request: a model's context does not change
        return;
    }
    const OllamaRequestFactory factory(m_config, ollamaEndpoint(m_config));
    m_show = new JsonRequest(factory.show(m_network, m_request.model, m_config.probeTimeout), this);
    connect(m_show, &AsyncOperation::finished, this, &LocalPreflight::onShowFinished);
    m_show->start();
}

void LocalPreflight::onShowFinished()
{
    JsonRequest *show = std::exchange(m_show, nullptr);
    show->deleteLater();
    if (show->succeeded()) {
        LocalModel model;
        model.name = m_request.model;
        OllamaRequestFactory::parseShow(show->document(), &model);
        m_server.models.removeIf([&](const LocalModel &known) { return known.name == model.name; });
        m_server.models.append(model);
        qCInfo(lc) << model.name << "holds" << model.contextLength << "tokens, can" << model.capabilities;
    } else {
        // Not pulled, most likely: /api/chat says so in the words users know.
        qCInfo(lc) << "no details for" << m_request.model << show->error().message;
    }
    conclude();
}

void LocalPreflight::conclude()
{
    m_plan = LocalContextPlan::make(m_server, m_request);
    if (!isFinished())
        succeed();
}
