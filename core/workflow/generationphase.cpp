// SPDX-License-Identifier: MIT
#include "generationphase.h"

#include "billing/pricetable.h"
#include "generation/generatedappbuilder.h"
#include "generationjob.h"
#include "llm/llmclient.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcPhase, "spawnai.workflow.phase", QtInfoMsg)
}

GenerationPhase::GenerationPhase(SessionStore *store, const QString &sessionId, GenerationSettings settings,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_settings(std::move(settings))
{
}

GenerationPhase::~GenerationPhase()
{
    cancel();
}

void GenerationPhase::writeApp(const QString &request)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    m_system = prompts.systemPrompt(m_settings.appType, m_settings.facts);
    ask(m_system, {ChatMessage{ChatMessage::Role::User, prompts.requestPrompt(request)}}, QStringLiteral("prompt"), nullptr);
}

void GenerationPhase::repair(const RepairRequest &repair, const AppBundle *current)
{
    // The request and the answer that failed, then what went wrong: enough
    // for the model to fix its own work without the whole history.
    QList<ChatMessage> messages = m_exchange;
    messages << ChatMessage{ChatMessage::Role::User, PromptLibrary::builtIn().repairPrompt(repair)};
    ask(m_system, messages, QStringLiteral("repair"), current);
}

void GenerationPhase::writeSimpler(const QString &request)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    m_system = prompts.simpleSystemPrompt(m_settings.appType, m_settings.facts);
    ask(m_system, {ChatMessage{ChatMessage::Role::User, prompts.requestPrompt(request)}}, QStringLiteral("simpler"), nullptr);
}

void GenerationPhase::change(const QString &request, const AppBundle &current)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    if (m_system.isEmpty())
        m_system = prompts.systemPrompt(current.manifest().type(), m_settings.facts);
    ask(m_system, {ChatMessage{ChatMessage::Role::User, prompts.followUpPrompt(request, current)}},
        QStringLiteral("follow-up"), &current);
}

void GenerationPhase::cancel()
{
    if (GenerationJob *job = m_job) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void GenerationPhase::ask(const QString &system, QList<ChatMessage> messages, const QString &purpose,
                          const AppBundle *previous)
{
    cancel();
    if (!m_settings.client) {
        emit failed(SpawnError::user(tr("No model is set up: add a Claude key or a local model in Settings")), false);
        return;
    }
    m_previous = previous ? std::optional<AppBundle>(*previous) : std::nullopt;
    record(ChatMessage::Role::User, purpose, messages.constLast().text);
    m_exchange = messages;
    ChatRequest request;
    request.model = m_settings.model;
    request.system = system;
    request.messages = messages;
    request.maxTokens = m_settings.maxTokens;
    m_purpose = purpose;
    m_job = new GenerationJob(m_settings.client, request, m_settings.maxContinuations, this);
    connect(m_job, &GenerationJob::fileStarted, this, &GenerationPhase::fileStarted);
    connect(m_job, &GenerationJob::requestFinished, this, &GenerationPhase::onRequestFinished);
    connect(m_job, &AsyncOperation::finished, this, &GenerationPhase::onJobFinished);
    m_job->start();
}

void GenerationPhase::onRequestFinished(const QString &model, const TokenUsage &usage, const QString &part)
{
    // Every request is priced as it ends, with what is known of its price:
    // an unknown price is stored as such, never as a free request.
    const PriceTable &prices = PriceTable::current();
    const QUrl baseUrl = m_settings.client ? m_settings.client->endpoint().baseUrl : QUrl();
    const TokenCounts tokens{usage.inputTokens, usage.outputTokens, usage.cacheWriteTokens, usage.cacheReadTokens};
    LlmUsageRecord row;
    row.sessionId = m_sessionId;
    row.provider = m_settings.client ? m_settings.client->provider() : QString();
    row.model = model;
    row.inputTokens = usage.inputTokens;
    row.outputTokens = usage.outputTokens;
    row.cacheWriteTokens = usage.cacheWriteTokens;
    row.cacheReadTokens = usage.cacheReadTokens;
    row.priceStatus = priceStatusToString(prices.lookup(model, baseUrl).status);
    row.cost = prices.cost(model, tokens);
    row.uncachedCost = prices.uncachedCost(model, tokens);
    row.purpose = m_purpose;
    m_store->recordLlmUsage(row);
    m_cost += row.cost;
    emit requestCosted(row, part);
}

void GenerationPhase::onJobFinished()
{
    GenerationJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    if (!job->text().isEmpty()) {
        record(ChatMessage::Role::Assistant, {}, job->text());
        m_exchange << ChatMessage{ChatMessage::Role::Assistant, job->text()};
    }
    if (!job->succeeded()) {
        // A refused format is the model's to fix; a failed request is not.
        const bool answerWasWrong = job->error().kind == ErrorKind::User && !job->text().isEmpty();
        emit failed(job->error(), answerWasWrong);
        return;
    }
    GeneratedAppBuilder builder;
    SpawnError error;
    const std::optional<AppBundle> bundle = m_previous ? builder.buildFollowUp(*m_previous, job->answer(), &error)
                                                       : builder.build(job->answer(), &error);
    if (!bundle) {
        qCInfo(lcPhase) << m_sessionId << "answer refused:" << error.message;
        emit failed(error, true);
        return;
    }
    emit answered(*bundle);
}

void GenerationPhase::record(ChatMessage::Role role, const QString &purpose, const QString &text)
{
    ConversationMessage message;
    message.sessionId = m_sessionId;
    message.role = role == ChatMessage::Role::Assistant ? ConversationMessage::Role::Assistant
                                                        : ConversationMessage::Role::User;
    message.purpose = purpose;
    message.content = text;
    m_store->appendMessage(message);
}
