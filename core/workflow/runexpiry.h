// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxend.h"

class QTimer;
class Sandbox;
class SessionStore;

// The end of one run's sandbox: warns a while before it, and moves it on
// when the user extends the run, or by itself while the session is held
// (RunAutoExtend), within what the plan allows. Each new end time goes to
// the history and re-arms the warning.
class RunExpiry final : public SandboxEnd
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunExpiry)

public:
    RunExpiry(SessionStore *store, const QString &sessionId, Plan plan, const PlanLimits &limits,
              std::chrono::milliseconds warning, QObject *parent = nullptr);
    ~RunExpiry() override;

    // Watches `sandbox`, which started at `startedAt`, until release().
    void watch(Sandbox *sandbox, const QDateTime &startedAt);
    void release();
    // The plan (or its limits) changed while the sandbox runs: its longest
    // run and Extend's step are the new plan's from now on.
    void setPlan(Plan plan, const PlanLimits &limits);
    SpawnError extendRefusal(std::chrono::seconds more) const override;
    EndExtension *extend(std::chrono::seconds more = {}, Origin origin = Origin::User) override;
    SpawnError extensionRefusal() const override;

    QDateTime expiresAt() const override;
    bool isWatching() const override { return m_sandbox != nullptr; }
    const PlanLimits &limits() const override { return m_limits; }
    std::chrono::milliseconds warning() const override { return m_warning; }

    // What the timeline says of an extension and of one declined by itself,
    // for a kept app's end too (KeptEnd, KeptExtension).
    static QString extendedLine(const QDateTime &expiresAt, Origin origin);
    static QString notExtendedLine(const SpawnError &reason);

signals:
    void expiresSoon(const QDateTime &expiresAt);

private:
    void arm();
    void warnOnce();
    void record(const QDateTime &expiresAt, Origin origin);

    SessionStore *m_store;
    QString m_sessionId;
    Plan m_plan;
    PlanLimits m_limits;
    std::chrono::milliseconds m_warning;
    Sandbox *m_sandbox = nullptr;
    QDateTime m_startedAt;
    QDateTime m_warnedFor;  // the end the last warning was about
    QTimer *m_timer;
};
