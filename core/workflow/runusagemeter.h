// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxkind.h"
#include "session/plan.h"
#include "store/usagerecords.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;
class Sandbox;
class SessionStore;

// Keeps the usage_metrics row of one sandbox run: reads what the sandbox
// uses every interval while it runs, stores each reading, and prices the
// row. A cloud sandbox is billed by allocation; its bill is carried on at
// the rate of its last reading up to the moment the run ends.
class RunUsageMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunUsageMeter)

public:
    RunUsageMeter(SessionStore *store, const QString &sessionId, SandboxKind sandboxKind,
                  std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~RunUsageMeter() override;

    // The sandbox exists: its row starts now, with a first reading early so
    // that even a short run is priced.
    void start(Sandbox *sandbox, Plan plan);
    // The run ends (the sandbox goes, or is let go): the row gets its end
    // time and its final cost. A reading still on its way is dropped.
    void finish();
    // The sandbox runs on without this run watching it (kept running when
    // SpawnAI closes): the row is billed up to now and stays open, for
    // CloudRunBill to complete once the sandbox ends.
    void detach();
    QDateTime startTime() const { return m_usage.startTime; }
    // What a second of the sandbox costs, at its billed size as the last
    // reading gave it (E2B's default 2 vCPUs and 512 MiB before one); 0 for
    // a free kind.
    double costPerSecond() const;

signals:
    // The run's cost changed and is above zero.
    void billed();

private:
    void sample();
    void closeRow();
    void carryOn();
    void applyAllocation(double cpuSeconds, double memoryGbSeconds);
    void store();

    SessionStore *m_store;
    QString m_sessionId;
    SandboxKind m_sandboxKind;
    Sandbox *m_sandbox = nullptr;
    UsageRecord m_usage;
    QElapsedTimer m_sinceSample;
    QElapsedTimer m_sinceCreation;
    // The last billed reading of a cloud sandbox, when it was taken (seconds
    // since the row started) and the running seconds it covers, to carry
    // the bill on to the end.
    struct Allocation
    {
        double cpuSeconds = 0.0;
        double memoryGbSeconds = 0.0;
        double atSeconds = 0.0;
        double seconds = 0.0;
    } m_allocation;
    QTimer *m_timer;
};
