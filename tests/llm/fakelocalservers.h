// SPDX-License-Identifier: MIT
#pragma once

#include "fakellmserver.h"

#include <QStringList>

// Makes a FakeLlmServer speak a local model server's own API, in the shapes
// their docs give: Ollama (GET /api/version, GET /api/tags, POST /api/show,
// the NDJSON stream of POST /api/chat), LM Studio (GET /api/v0/models) and
// llama-server (GET /props), and the OpenAI-compatible stream of
// LM Studio's and llama-server's POST /v1/chat/completions. Anything else
// gets the server's 404.
namespace FakeLocalServers {

struct Model
{
    QString name;
    int context = 32768;          // Ollama: model_info["<arch>.context_length"]; LM Studio: max_context_length
    int loadedContext = 0;        // LM Studio: loaded_context_length (0: not loaded); llama.cpp: n_ctx
    // Ollama: /api/show's capabilities; LM Studio: "vlm" with "vision";
    // llama.cpp: modalities.vision, and no modalities at all when empty
    // (a server older than them).
    QStringList capabilities{QStringLiteral("completion")};
    qint64 size = 4'683'087'332;  // bytes on disk
    QString architecture = QStringLiteral("qwen2");
};

// What POST /api/chat answers: message.content pieces, each its own line,
// message.thinking pieces before them, and the last line's done_reason.
struct ChatScript
{
    QStringList thinking;
    QStringList content{QStringLiteral("Hello")};
    QString doneReason = QStringLiteral("stop");
    int evalCount = -1;  // -1: the number of lines sent
};

void speakOllama(FakeLlmServer *server, const QList<Model> &models, const ChatScript &chat = {});
void speakLmStudio(FakeLlmServer *server, const QList<Model> &models);
void speakLlamaCpp(FakeLlmServer *server, const Model &model);

// The /api/chat stream: the lines, then the "done": true line with counts.
FakeLlmServer::Response ollamaChat(const QString &model, const ChatScript &chat, qint64 promptTokens);
// A JSON answer, chunked as Go's net/http sends bodies it did not measure.
FakeLlmServer::Response ollamaJson(int status, const QByteArray &body);

}  // namespace FakeLocalServers
