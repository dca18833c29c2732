// SPDX-License-Identifier: MIT
#include "generationjob.h"

#include "billing/pricetable.h"
#include "generation/answerstitcher.h"
#include "generation/appanswerparser.h"
#include "llm/chatstream.h"
#include "llm/llmclient.h"
#include "llm/llmerrors.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcJob, "spawnai.workflow.generation", QtInfoMsg)
}

GenerationJob::GenerationJob(LlmClient *client, ChatRequest request, int maxContinuations, QObject *parent)
    : AsyncOperation(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_maxContinuations(maxContinuations)
    , m_parser(new AppAnswerParser(this))
{
    connect(m_parser, &AppAnswerParser::fileStarted, this, &GenerationJob::fileStarted);
    connect(m_parser, &AppAnswerParser::fileCompleted, this, &GenerationJob::fileCompleted);
    connect(m_parser, &AppAnswerParser::contentAppended, this, &GenerationJob::fileTextWritten);
}

GenerationJob::~GenerationJob()
{
    abortWork();
}

void GenerationJob::start()
{
    sendRequest(m_request, QStringLiteral("answer"));
}

void GenerationJob::abortWork()
{
    if (ChatStream *stream = m_stream) {
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
    }
}

void GenerationJob::sendRequest(const ChatRequest &request, const QString &purpose)
{
    m_stream = m_client->stream(request);
    const bool firstPart = m_continuations == 0;
    if (firstPart) {
        // The first part streams straight into the parser; a continuation is
        // stitched to what came before once it is complete.
        connect(m_stream, &ChatStream::textDelta, this, [this](const QString &delta) { m_parser->feed(delta); });
    }
    connect(m_stream, &ChatStream::textDelta, this, &GenerationJob::progressed);
    connect(m_stream, &ChatStream::usageUpdated, this, &GenerationJob::progressed);
    connect(m_stream, &ChatStream::retrying, this, &GenerationJob::retrying);
    connect(m_stream, &AsyncOperation::finished, this, [this, purpose] {
        if (!m_stream->thinking().trimmed().isEmpty())
            emit thought(m_stream->thinking());
        emit requestFinished(m_stream->model(), m_stream->usage(), purpose);
        onStreamFinished();
    });
}

std::optional<std::pair<QString, TokenUsage>> GenerationJob::usageSoFar() const
{
    const ChatStream *stream = m_stream;
    if (!stream || stream->isFinished())
        return std::nullopt;
    TokenUsage usage = stream->usage();
    usage.outputTokens = std::max(usage.outputTokens,
                                  PriceTable::approximateTokens(stream->text().size() + stream->thinking().size()));
    return std::pair{stream->model(), usage};
}

void GenerationJob::onStreamFinished()
{
    ChatStream *stream = m_stream;
    m_stream = nullptr;
    stream->deleteLater();
    if (!stream->succeeded()) {
        finishWithError(stream->error());
        return;
    }
    m_text = m_continuations == 0 ? stream->text() : AnswerStitcher::stitch(m_text, stream->text());
    if (stream->stopReason() == u"model_context_window_exceeded") {
        // A continuation would need still more context, and a repair too: a
        // resource error, which the session reports instead of repairing.
        finishWithError(LlmErrors::contextFull(stream->model()));
        return;
    }
    const bool cut = stream->stopReason() == u"max_tokens";
    const AnswerStitcher::StopPoint stop = AnswerStitcher::stopPoint(m_text);
    if (cut && !stop.appComplete && m_continuations < m_maxContinuations) {
        ++m_continuations;
        qCInfo(lcJob) << "answer cut at the output limit; asking for the rest, part" << m_continuations + 1;
        // No assistant prefill (current models refuse it): the answer so far
        // is an assistant turn and a user turn asks for the rest.
        ChatRequest continuation = m_request;
        continuation.messages << ChatMessage{ChatMessage::Role::Assistant, AnswerStitcher::assistantTurn(m_text)}
                              << ChatMessage{ChatMessage::Role::User, AnswerStitcher::continuationRequest(m_text)};
        sendRequest(continuation, QStringLiteral("continue"));
        return;
    }
    finishAnswer();
}

void GenerationJob::finishAnswer()
{
    SpawnError error;
    if (m_continuations == 0) {
        if (!m_parser->finish()) {
            finishWithError(m_parser->error());
            return;
        }
        m_answer = m_parser->answer();
    } else {
        m_answer = AppAnswerParser::parse(m_text, &error);
        if (error.isError()) {
            finishWithError(error);
            return;
        }
    }
    if (m_answer.truncated) {
        finishWithError(SpawnError::user(tr("The answer was cut off%1 and %2 continuation(s) did not finish it")
                                             .arg(m_answer.openFile.isEmpty() ? QString() : tr(" in %1").arg(m_answer.openFile))
                                             .arg(m_continuations)));
        return;
    }
    finishSuccess();
}
