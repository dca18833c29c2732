// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/appbundle.h"
#include "generationsettings.h"
#include "llm/llmtypes.h"
#include "store/usagerecords.h"

#include <QObject>
#include <QPointer>

class GenerationJob;
class SessionStore;

// The model's side of a session: builds the prompts (first request, repair,
// the simpler last try, follow-ups), runs one GenerationJob at a time,
// validates the answer into an AppBundle, and stores every turn of the
// conversation and every request's tokens and cost.
class GenerationPhase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationPhase)

public:
    GenerationPhase(SessionStore *store, const QString &sessionId, GenerationSettings settings,
                    QObject *parent = nullptr);
    ~GenerationPhase() override;

    void writeApp(const QString &request);
    // `current` is the app that failed (null when the first answer was refused).
    void repair(const RepairRequest &repair, const AppBundle *current);
    void writeSimpler(const QString &request);
    void change(const QString &request, const AppBundle &current);
    void cancel();

    double costSoFar() const { return m_cost; }
    const GenerationSettings &settings() const { return m_settings; }

signals:
    void fileStarted(const QString &path);
    // One model request ended and is stored, priced as well as its price is
    // known; `part` is "answer" or "continue" (after the output limit).
    void requestCosted(const LlmUsageRecord &request, const QString &part);
    void answered(const AppBundle &bundle);
    // `repairable`: the answer itself was wrong (bad format, invalid app);
    // sending the error back to the model can help.
    void failed(const SpawnError &error, bool repairable);

private:
    void ask(const QString &system, QList<ChatMessage> messages, const QString &purpose, const AppBundle *previous);
    void onRequestFinished(const QString &model, const TokenUsage &usage, const QString &part);
    void onJobFinished();
    void record(ChatMessage::Role role, const QString &purpose, const QString &text);

    SessionStore *m_store;
    QString m_sessionId;
    GenerationSettings m_settings;
    QPointer<GenerationJob> m_job;
    QString m_system;
    QList<ChatMessage> m_exchange;  // the last request and answer, for repairs
    std::optional<AppBundle> m_previous;
    double m_cost = 0.0;
    QString m_purpose;  // of the request being answered: "prompt", "repair", "simpler", "follow-up"
};
