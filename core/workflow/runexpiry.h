// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/plan.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;
class Sandbox;
class SessionStore;

// The end of one run's sandbox: warns a while before it, and moves it on
// when the user extends the run, within what the plan allows. Each new end
// time goes to the history and re-arms the warning.
class RunExpiry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunExpiry)

public:
    RunExpiry(SessionStore *store, const QString &sessionId, Plan plan, std::chrono::milliseconds warning,
              QObject *parent = nullptr);
    ~RunExpiry() override;

    // Watches `sandbox`, which started at `startedAt`, until release().
    void watch(Sandbox *sandbox, const QDateTime &startedAt);
    void release();
    // Moves the end to now + the plan's default timeout, or `more` past
    // the current end, never past the plan's longest run (extendedEnd()).
    // A refusal comes back at once; otherwise extended() or extendFailed()
    // follows.
    SpawnError extend(std::chrono::seconds more = {});

signals:
    void expiresSoon(const QDateTime &expiresAt);
    void extended(const QDateTime &expiresAt);
    void extendFailed(const SpawnError &error);

private:
    void arm();

    SessionStore *m_store;
    QString m_sessionId;
    Plan m_plan;
    std::chrono::milliseconds m_warning;
    Sandbox *m_sandbox = nullptr;
    QDateTime m_startedAt;
    QTimer *m_timer;
};
