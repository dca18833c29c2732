// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/appbundle.h"
#include "generationsettings.h"
#include "llm/llmtypes.h"
#include "store/usagerecords.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class GenerationJob;
class SessionStore;

// The model's side of a session: builds the prompts (first request, repair,
// the simpler last try, follow-ups), runs one GenerationJob at a time,
// validates the answer into an AppBundle, and stores every turn of the
// conversation and every request's tokens and cost.
//
// It keeps one conversation going: the first request, the answers, the
// repairs and the follow-ups, so each request starts with the bytes the one
// before it sent, which Anthropic's prompt cache serves at a tenth of the
// price. A follow-up continues it only while the app it changes is exactly
// the app the conversation's last answer made, its cache is still warm and
// it is not too long; a restored or edited version, a new SpawnAI or a pause
// of minutes starts a new conversation with the whole current app
// (docs/app-format.md, "Follow-ups in the conversation").
class GenerationPhase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationPhase)

public:
    GenerationPhase(SessionStore *store, const QString &sessionId, GenerationSettings settings,
                    QObject *parent = nullptr);
    ~GenerationPhase() override;

    // `images` go with the first turn (and the simpler last try) only.
    void writeApp(const QString &request, const QList<PromptImage> &images = {});
    // `current` is the app that failed (null when the first answer was refused).
    void repair(const RepairRequest &repair, const AppBundle *current);
    void writeSimpler(const QString &request);
    void change(const QString &request, const AppBundle &current, const QList<PromptImage> &images = {});
    void cancel();

    double costSoFar() const { return m_cost; }
    // The request streaming now, priced as it will be stored when it ends
    // (its output counted from the text while the service has not said
    // it): nothing when no request streams. Not stored, not in costSoFar().
    std::optional<LlmUsageRecord> requestSoFar() const;
    // Repair requests asked in this run, whatever they repaired: the rounds
    // of GenerationSettings::repairRounds are the run's, not one change's.
    int repairsAsked() const { return m_repairsAsked; }
    const GenerationSettings &settings() const { return m_settings; }

signals:
    void fileStarted(const QString &path);
    void fileTextWritten(const QString &path, const QString &text);
    // The request in flight received text or usage (every chunk).
    void progressed();
    // One model request ended and is stored, priced as well as its price is
    // known (its part says whether it went on after the output limit).
    void requestCosted(const LlmUsageRecord &request);
    void answered(const AppBundle &bundle);
    // `repairable`: the answer itself was wrong (bad format, invalid app);
    // sending the error back to the model can help.
    void failed(const SpawnError &error, bool repairable);

private:
    enum class Turn
    {
        Continues,   // appended to the current conversation
        StartsOver,  // the first turn of a new conversation
    };

    void ask(const QString &system, const QString &prompt, Turn turn, const QString &purpose, const AppBundle *previous,
             QList<PromptImage> images = {});
    void onRequestFinished(const QString &model, const TokenUsage &usage, const QString &part);
    // One request's row, priced by the price table the spend meter counts with.
    LlmUsageRecord priced(const QString &model, const TokenUsage &usage) const;
    void onJobFinished();
    void record(ChatMessage::Role role, const QString &purpose, const QString &text, const QStringList &images = {});
    // The conversation with each picture read again from its file.
    std::optional<QList<ChatMessage>> withImageData(QList<ChatMessage> messages, SpawnError *error) const;
    bool continuesWith(const AppBundle &current, const QString &prompt) const;

    SessionStore *m_store;
    QString m_sessionId;
    GenerationSettings m_settings;
    QPointer<GenerationJob> m_job;
    QString m_system;
    QList<ChatMessage> m_conversation;
    QString m_asked;  // the user turn in flight; joins the conversation with its answer
    // Its pictures, as references (no bytes): stored files, read per request.
    QList<PromptImage> m_askedImages;
    QList<PromptImage> m_openingImages;  // for the simpler last try
    // What the conversation's last accepted answer made.
    std::optional<AppBundle> m_conversationApp;
    QElapsedTimer m_sinceLastRequest;
    std::optional<AppBundle> m_previous;
    double m_cost = 0.0;
    int m_repairsAsked = 0;
    QString m_purpose;  // of the request being answered: "prompt", "repair", "simpler", "follow-up", "follow-up-repair"
    QString m_step;     // what the user asked for last: "prompt", "simpler" or "follow-up"
};
