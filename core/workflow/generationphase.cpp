// SPDX-License-Identifier: MIT
#include "generationphase.h"

#include "billing/pricetable.h"
#include "generation/generatedappbuilder.h"
#include "generationjob.h"
#include "openingrequest.h"
#include "llm/llmclient.h"
#include "llm/localcontextplan.h"
#include "store/promptimagestore.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcPhase, "spawnai.workflow.phase", QtInfoMsg)

// A thinking model can think for pages; the timeline keeps the start of it.
constexpr qsizetype MaxThoughtCharacters = 4000;

bool sameApp(const AppBundle &a, const AppBundle &b)
{
    if (!(a.manifest() == b.manifest()) || a.files().size() != b.files().size())
        return false;
    // A version read back from the history may list its files in another order.
    const auto byPath = [](const AppFile &x, const AppFile &y) { return x.path < y.path; };
    QList<AppFile> left = a.files();
    QList<AppFile> right = b.files();
    std::sort(left.begin(), left.end(), byPath);
    std::sort(right.begin(), right.end(), byPath);
    return left == right;
}
} // namespace

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

void GenerationPhase::writeApp(const QString &request, const QList<PromptImage> &images)
{
    // The very request the estimate counted (SpawnLaunch, the new-app form).
    const ChatRequest opening = openingRequest(m_settings, request, images);
    m_step = QStringLiteral("prompt");
    ask(opening.system, opening.messages.constFirst().text, Turn::StartsOver, m_step, nullptr, images);
    // Stored now: the simpler last try reads them back by name, as any turn.
    m_openingImages = m_askedImages;
}

void GenerationPhase::repair(const RepairRequest &repair, const AppBundle *current)
{
    // The conversation so far, the answer that failed last, then what went
    // wrong: the model fixes its own work, and the prefix is the cached one.
    // A repair of a change is billed as part of the change, not of the app's writing.
    ++m_repairsAsked;
    const QString purpose = m_step == u"follow-up" ? QStringLiteral("follow-up-repair") : QStringLiteral("repair");
    ask(m_system, PromptLibrary::builtIn().repairPrompt(repair), Turn::Continues, purpose, current);
}

void GenerationPhase::writeSimpler(const QString &request)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    m_step = QStringLiteral("simpler");
    ask(prompts.simpleSystemPrompt(m_settings.appType, m_settings.facts), prompts.requestPrompt(request),
        Turn::StartsOver, m_step, nullptr, m_openingImages);
}

void GenerationPhase::change(const QString &request, const AppBundle &current, const QList<PromptImage> &images)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    const QString change = prompts.changePrompt(request);
    m_step = QStringLiteral("follow-up");
    if (continuesWith(current, change)) {
        ask(m_system, change, Turn::Continues, QStringLiteral("follow-up"), &current, images);
        return;
    }
    const QString system = m_system.isEmpty() ? prompts.systemPrompt(current.manifest().type(), m_settings.facts) : m_system;
    ask(system, prompts.followUpPrompt(request, current), Turn::StartsOver, QStringLiteral("follow-up"), &current,
        images);
}

bool GenerationPhase::continuesWith(const AppBundle &current, const QString &prompt) const
{
    if (m_conversation.isEmpty() || !m_conversationApp || !sameApp(*m_conversationApp, current))
        return false;
    // A cache that has expired would be written again in full, at more than
    // the price of the app alone.
    const std::chrono::milliseconds idle(m_sinceLastRequest.isValid() ? m_sinceLastRequest.elapsed() : 0);
    if (!m_sinceLastRequest.isValid() || idle >= m_settings.conversationIdleLimit)
        return false;
    // A long conversation costs more to send than the app alone, even cached,
    // and crowds the model's context: past the limit it starts over.
    qsizetype characters = m_system.size() + prompt.size();
    for (const ChatMessage &message : m_conversation)
        characters += message.text.size();
    if (PriceTable::approximateTokens(characters) > m_settings.conversationLimitTokens)
        return false;
    // A local model holds only so much: the app alone may fit where the
    // conversation would be refused (docs/llm.md, "Local servers").
    const int context = m_settings.client ? m_settings.client->contextWindow(m_settings.model) : 0;
    if (context <= 0)
        return true;
    ChatRequest next;
    next.system = m_system;
    next.messages = m_conversation;
    next.messages << ChatMessage{ChatMessage::Role::User, prompt};
    return LocalContextPlan::estimatePromptTokens(next) + m_settings.maxTokens <= context;
}

void GenerationPhase::cancel()
{
    if (GenerationJob *job = m_job) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void GenerationPhase::ask(const QString &system, const QString &prompt, Turn turn, const QString &purpose,
                          const AppBundle *previous, QList<PromptImage> images)
{
    cancel();
    if (!m_settings.client) {
        emit failed(SpawnError::user(tr("No model is set up: add a Claude key or a local model in Settings")), false);
        return;
    }
    // The pictures are files of the session before the turn names them; the
    // conversation keeps only their names and each request reads them.
    if (const SpawnError error = PromptImageStore::save(m_sessionId, images); error.isError()) {
        emit failed(error, false);
        return;
    }
    for (PromptImage &image : images)
        image.data.clear();
    if (turn == Turn::StartsOver) {
        m_system = system;
        m_conversation.clear();
        m_conversationApp.reset();
    }
    m_previous = previous ? std::optional<AppBundle>(*previous) : std::nullopt;
    record(ChatMessage::Role::User, purpose, prompt, PromptImageStore::fileNames(images));
    m_asked = prompt;
    m_askedImages = images;
    m_sinceLastRequest.start();
    ChatRequest request;
    request.model = m_settings.model;
    request.system = m_system;
    SpawnError error;
    const std::optional<QList<ChatMessage>> messages =
        withImageData(m_conversation + QList<ChatMessage>{ChatMessage{ChatMessage::Role::User, prompt, images}}, &error);
    if (!messages) {
        emit failed(error, false);
        return;
    }
    request.messages = *messages;
    request.maxTokens = m_settings.maxTokens;
    m_purpose = purpose;
    m_job = new GenerationJob(m_settings.client, request, m_settings.maxContinuations, this);
    connect(m_job, &GenerationJob::fileStarted, this, &GenerationPhase::fileStarted);
    connect(m_job, &GenerationJob::fileTextWritten, this, &GenerationPhase::fileTextWritten);
    connect(m_job, &GenerationJob::progressed, this, &GenerationPhase::progressed);
    connect(m_job, &GenerationJob::requestFinished, this, &GenerationPhase::onRequestFinished);
    connect(m_job, &GenerationJob::thought, this, [this](const QString &thinking) {
        // One timeline line; the thoughts fold under it, shown on demand.
        const QString words = thinking.trimmed();
        m_store->appendEvent(m_sessionId, EventKind::Step,
                             tr("The model thought before answering (%n word(s)); its thoughts are not part of the app",
                                nullptr, int(words.split(QRegularExpression(QStringLiteral("\\s+"))).size()))
                                 + u'\n' + words.left(MaxThoughtCharacters));
    });
    connect(m_job, &AsyncOperation::finished, this, &GenerationPhase::onJobFinished);
    m_job->start();
}

std::optional<LlmUsageRecord> GenerationPhase::requestSoFar() const
{
    const auto streaming = m_job ? m_job->usageSoFar() : std::nullopt;
    if (!streaming)
        return std::nullopt;
    return priced(streaming->first, streaming->second);
}

void GenerationPhase::onRequestFinished(const QString &model, const TokenUsage &usage, const QString &part)
{
    // Every request is priced as it ends, with what is known of its price:
    // an unknown price is stored as such, never as a free request.
    LlmUsageRecord row = priced(model, usage);
    row.part = part;
    m_store->recordLlmUsage(row);
    m_cost += row.cost;
    emit requestCosted(row);
}

LlmUsageRecord GenerationPhase::priced(const QString &model, const TokenUsage &usage) const
{
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
    row.priceStatus = prices.lookup(model, baseUrl).status;
    row.cost = prices.cost(model, tokens);
    row.uncachedCost = prices.uncachedCost(model, tokens);
    row.purpose = m_purpose;
    row.unpricedAtRequest = row.priceStatus == PriceStatus::Unknown;
    return row;
}

void GenerationPhase::onJobFinished()
{
    GenerationJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const QString asked = std::exchange(m_asked, QString());
    const QList<PromptImage> askedImages = std::exchange(m_askedImages, {});
    if (!job->text().isEmpty())
        record(ChatMessage::Role::Assistant, {}, job->text());
    // A refused format is the model's to fix; a failed request is not.
    const bool answerWasWrong = !job->succeeded() && job->error().kind == ErrorKind::User && !job->text().isEmpty();
    if (job->succeeded() || answerWasWrong) {
        // The turn and its answer, stitched if it was continued: what the
        // next request of the conversation starts with.
        m_conversation << ChatMessage{ChatMessage::Role::User, asked, askedImages}
                       << ChatMessage{ChatMessage::Role::Assistant, job->text()};
    }
    if (!job->succeeded()) {
        // Otherwise the turn is dropped: a follow-up that failed leaves the
        // conversation as the running app's answer left it.
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
    m_conversationApp = *bundle;
    emit answered(*bundle);
}

std::optional<QList<ChatMessage>> GenerationPhase::withImageData(QList<ChatMessage> messages, SpawnError *error) const
{
    for (ChatMessage &message : messages) {
        if (message.images.isEmpty())
            continue;
        QList<PromptImage> stored = PromptImageStore::load(m_sessionId, PromptImageStore::fileNames(message.images), error);
        if (stored.isEmpty())
            return std::nullopt;
        message.images = stored;
    }
    return messages;
}

void GenerationPhase::record(ChatMessage::Role role, const QString &purpose, const QString &text,
                             const QStringList &images)
{
    ConversationMessage message;
    message.sessionId = m_sessionId;
    message.role = role == ChatMessage::Role::Assistant ? ConversationMessage::Role::Assistant
                                                        : ConversationMessage::Role::User;
    message.purpose = purpose;
    message.content = text;
    message.images = images;
    m_store->appendMessage(message);
}
