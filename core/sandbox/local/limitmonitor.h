// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "resourcelimiter.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

// Watches a running local sandbox's limits: memory and processes in its
// control group's counters, the workspace through a look from inside.
// Reports a breach with limitReached(); the sandbox ends itself.
class LimitMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitMonitor)

public:
    // The sandbox's limiter, or null once it is gone.
    using Limiter = std::function<const ResourceLimiter *()>;
    // Asks the agent how full the workspace is; the handler gets its answer
    // ("used" and "total" bytes).
    using DiskQuery = std::function<void(std::function<void(const QJsonObject &df)>)>;

    LimitMonitor(Limiter limiter, DiskQuery diskQuery, int intervalMs, QObject *parent = nullptr);
    ~LimitMonitor() override;

    // Use from now on counts against the limits.
    void start();
    void stop();
    // A command ended: was a limit reached while it ran? The answer goes to
    // `report` first, then to limitReached().
    void checkAfterExit(std::function<void(const std::optional<SpawnError> &)> report);
    // The counters alone (memory, processes): no look at the workspace.
    std::optional<SpawnError> breach() const { return breach(0, 0); }

signals:
    void limitReached(const SpawnError &reason);

private:
    void check();
    std::optional<SpawnError> breach(qint64 workspaceUsed, qint64 workspaceTotal) const;
    std::optional<SpawnError> breach(const QJsonObject &df) const;

    Limiter m_limiter;
    DiskQuery m_diskQuery;
    ResourceCounters m_baseline;
    QTimer *m_timer;
    bool m_checkPending = false;
};
