// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "llmendpoint.h"
#include "net/retrypolicy.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <chrono>

// The one place that turns what an LLM service said (a status, an error
// body, an error event, a network failure) into the SpawnError the user sees:
// plain words, a kind and whether trying again can help. The table is in
// docs/llm.md. Branches on the status and error.type, never on the message
// text, except to tell a spend limit from a rate limit, which the API marks
// no other way.
class LlmErrors final
{
    Q_DECLARE_TR_FUNCTIONS(LlmErrors)

public:
    // The error JSON of Anthropic ({"type":"error","error":{type,message}}),
    // OpenAI and Ollama ({"error":{message,type,code}}), llama.cpp (code is
    // the HTTP status as a number) and LM Studio ("error" may be a string).
    struct Body
    {
        QString type;
        QString message;
        QString code;  // error.code, or error.details.error_code
        int status = 0;  // llama.cpp: error.code as a number
        qint64 promptTokens = 0;   // llama.cpp exceed_context_size_error: n_prompt_tokens
        qint64 contextTokens = 0;  // ... and n_ctx
        bool parsed = false;

        static Body parse(const QByteArray &bytes);
    };

    // A non-2xx answer. `model` is named in a 404.
    static SpawnError forHttpStatus(const LlmEndpoint &endpoint, int status, const QByteArray &body,
                                    const RetryHints &hints, const QString &model);
    // An error sent inside a 200 stream (Anthropic "event: error", llama.cpp
    // "data: {"error":...}"), already parsed.
    static SpawnError forStreamError(const LlmEndpoint &endpoint, const Body &body, const QString &model);
    // No HTTP answer at all.
    static SpawnError forNetworkError(const LlmEndpoint &endpoint, QNetworkReply::NetworkError error,
                                      const QString &detail);
    static SpawnError inactivity(const LlmEndpoint &endpoint, std::chrono::milliseconds timeout);
    // The body ended, or the connection dropped, before the reply was complete.
    static SpawnError truncated(const LlmEndpoint &endpoint, const QString &detail = {});
    static SpawnError unexpectedBody(const LlmEndpoint &endpoint, const QString &detail);

    // Local servers: a request that cannot fit the model's context, said
    // before anything is sent. A resource error: no retry or repair helps.
    static SpawnError contextTooSmall(const QString &model, qint64 context, qint64 needed, qint64 answerRoom);
    // The context the server loaded the model with (LM Studio, llama-server)
    // is smaller than the request needs, though the model could hold more.
    static SpawnError loadedContextTooSmall(const QString &server, const QString &model, qint64 loaded,
                                            qint64 needed, bool lmStudio);
    // The answer filled the context before it was complete (Ollama's
    // done_reason "length" below the answer limit).
    static SpawnError contextFull(const QString &model);
    // The request holds images and the model cannot see.
    static SpawnError noVision(const QString &model);
    // 32768 -> "32K", 900 -> "900".
    static QString tokenCount(qint64 tokens);

    // A failure after text had reached the caller: it is final.
    static SpawnError afterText(SpawnError error);
    static SpawnError afterAttempts(SpawnError error, int attempts);

    // A 429 that more waiting will not fix: a spend cap, a credit or quota
    // limit (notes 1.7 and 1.11).
    static bool isSpendLimit(const LlmEndpoint &endpoint, int status, const Body &body, const RetryHints &hints);
    // The HTTP status an error type stands for; 0 when unknown.
    static int statusForType(const QString &type);

private:
    static SpawnError classify(const LlmEndpoint &endpoint, int status, const Body &body, bool spendLimit,
                               const QString &model);
    static QString subject(const LlmEndpoint &endpoint);
    static QString detailOf(const Body &body);
};
