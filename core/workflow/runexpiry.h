// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/plan.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;
class RunAutoExtend;
class Sandbox;
class SessionStore;

// The end of one run's sandbox: warns a while before it, and moves it on
// when the user extends the run, or by itself while the session is held
// (RunAutoExtend), within what the plan allows. Each new end time goes to
// the history and re-arms the warning.
class RunExpiry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunExpiry)

public:
    // Who asked for an extension; the timeline says so.
    enum class Origin
    {
        User,
        Automatic,
    };

    RunExpiry(SessionStore *store, const QString &sessionId, Plan plan, const PlanLimits &limits,
              std::chrono::milliseconds warning, QObject *parent = nullptr);
    ~RunExpiry() override;

    // Watches `sandbox`, which started at `startedAt`, until release().
    void watch(Sandbox *sandbox, const QDateTime &startedAt);
    void release();
    // The plan (or its limits) changed while the sandbox runs: its longest
    // run and Extend's step are the new plan's from now on.
    void setPlan(Plan plan, const PlanLimits &limits);
    // Moves the end `more` past the current end, or one step of the plan's
    // default timeout, never past the plan's longest run (extendedEnd()).
    // A refusal comes back at once; otherwise extended() or extendFailed()
    // follows.
    SpawnError extend(std::chrono::seconds more = {}, Origin origin = Origin::User);
    // Why Extend would give nothing now: the plan's longest run is reached
    // (or nothing runs). No error when it would give more.
    SpawnError extensionRefusal() const;

    QDateTime expiresAt() const;
    bool isWatching() const { return m_sandbox != nullptr; }
    const PlanLimits &limits() const { return m_limits; }
    std::chrono::milliseconds warning() const { return m_warning; }
    RunAutoExtend *autoExtend() const { return m_autoExtend; }

signals:
    void expiresSoon(const QDateTime &expiresAt);
    void extended(const QDateTime &expiresAt);
    void extendFailed(const SpawnError &error);
    // The end or the plan's ceiling changed (watch, an extension, a change
    // of plan, release).
    void changed();

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
    RunAutoExtend *m_autoExtend;
};
