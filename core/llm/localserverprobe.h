// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "localserverinfo.h"

#include <chrono>

class JsonRequest;
struct LlmExchangeSetup;
class QNetworkAccessManager;

// Asks one address whether a server of one kind answers there, through that
// server's own API, and (with `listModels`) what it serves: Ollama's
// /api/version, /api/tags and /api/show of each model (for its context);
// LM Studio's /api/v0/models; llama-server's /props. One attempt per call,
// each limited by `timeout`. It always succeeds: info().found says whether
// the server answered, info().error why not. Cancelling aborts every call.
class LocalServerProbe final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerProbe)

public:
    struct Options
    {
        QUrl root;  // http://127.0.0.1:11434, without /v1
        LocalServerKind kind = LocalServerKind::Ollama;
        bool listModels = true;
        QString apiKey;
        std::chrono::milliseconds timeout{1500};
    };

    LocalServerProbe(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~LocalServerProbe() override;

    const LocalServerInfo &info() const { return m_info; }

protected:
    void abortWork() override;

private:
    JsonRequest *send(LlmExchangeSetup setup);
    void onVersion(JsonRequest *request);
    void onTags(JsonRequest *request);
    void onShow(JsonRequest *request, int index);
    void onLmStudio(JsonRequest *request);
    void onLlamaProps(JsonRequest *request);
    // Records why the server did not answer as expected, and finishes.
    void notFound(const SpawnError &error);
    void done();

    QNetworkAccessManager *m_network;
    Options m_options;
    LocalServerInfo m_info;
    QList<JsonRequest *> m_requests;
    int m_pendingShows = 0;
};
