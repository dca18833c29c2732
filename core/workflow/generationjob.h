// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"
#include "generation/appanswer.h"
#include "llm/llmtypes.h"

#include <QPointer>

#include <optional>
#include <utility>

class AppAnswerParser;
class ChatStream;
class LlmClient;

// One answer from the model in the <app> format: streams it, parses it as it
// arrives (files appear while they are written), and when the model hits its
// output limit asks it to go on, up to `maxContinuations` times, stitching
// the parts. Every request's usage is reported as it ends, so it is costed
// and stored even when the job fails later.
class GenerationJob final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationJob)

public:
    GenerationJob(LlmClient *client, ChatRequest request, int maxContinuations, QObject *parent = nullptr);
    ~GenerationJob() override;

    void start();

    const AppAnswer &answer() const { return m_answer; }
    // The whole answer as the model wrote it, parts stitched.
    const QString &text() const { return m_text; }
    int continuations() const { return m_continuations; }
    // The request streaming now, as far as it has come: the usage the
    // service reported, with the output counted from the text received
    // while the service has not said it yet (Anthropic says it at the end).
    // Empty when no request is streaming (between parts, after the end).
    std::optional<std::pair<QString, TokenUsage>> usageSoFar() const;

signals:
    void fileStarted(const QString &path);
    void fileCompleted(const QString &path);
    // The first part's text as it streams: a line of `path`.
    void fileTextWritten(const QString &path, const QString &text);
    // Text or usage arrived (every chunk: connect only cheap slots).
    void progressed();
    // One request ended (with its usage so far, also on failure).
    void requestFinished(const QString &model, const TokenUsage &usage, const QString &purpose);
    // What a thinking model thought before its answer (kept out of the
    // answer and its parser), once per request that had any.
    void thought(const QString &thinking);
    void retrying(int attempt, int delayMs, const QString &reason);

protected:
    void abortWork() override;

private:
    void sendRequest(const ChatRequest &request, const QString &purpose);
    void onStreamFinished();
    void finishAnswer();

    LlmClient *m_client;
    ChatRequest m_request;
    int m_maxContinuations;
    int m_continuations = 0;
    QPointer<ChatStream> m_stream;
    AppAnswerParser *m_parser;
    QString m_text;  // the parts before the current one, stitched
    AppAnswer m_answer;
};
