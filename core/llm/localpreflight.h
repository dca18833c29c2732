// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "llmconfig.h"
#include "llmtypes.h"
#include "localcontextplan.h"
#include "localserverinfo.h"

class JsonRequest;
class LocalServerProbe;
class QNetworkAccessManager;

// What OpenAiClient asks a server before a generation: what it is, when not
// known yet (Ollama, LM Studio or llama-server, by their own APIs, all at
// once), and what the model can hold: Ollama's POST /api/show once per model,
// LM Studio's and llama-server's loaded context every time (the user may
// have reloaded the model). It always succeeds; server() is what the client
// remembers and plan() what to send, or why not to.
class LocalPreflight final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPreflight)

public:
    LocalPreflight(QNetworkAccessManager *network, const OpenAiConfig &config, LocalServerInfo known,
                   ChatRequest request, QObject *parent = nullptr);
    ~LocalPreflight() override;

    const LocalServerInfo &server() const { return m_server; }
    const LocalContextPlan &plan() const { return m_plan; }

protected:
    void abortWork() override;

private:
    void probe(const QList<LocalServerKind> &kinds);
    void onProbesFinished();
    void showModel();
    void onShowFinished();
    void conclude();

    QNetworkAccessManager *m_network;
    OpenAiConfig m_config;
    LocalServerInfo m_server;
    ChatRequest m_request;
    LocalContextPlan m_plan;
    QList<LocalServerProbe *> m_probes;
    JsonRequest *m_show = nullptr;
    int m_pending = 0;
};
