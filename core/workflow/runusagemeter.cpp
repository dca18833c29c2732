// SPDX-License-Identifier: MIT
#include "runusagemeter.h"

#include "billing/pricetable.h"
#include "budgetenforcer.h"
#include "sandbox/sandbox.h"
#include "store/sessionstore.h"

#include <QTimer>

namespace {
constexpr double BytesPerGb = 1024.0 * 1024.0 * 1024.0;
} // namespace

RunUsageMeter::RunUsageMeter(SessionStore *store, const QString &sessionId, SandboxKind sandboxKind,
                             std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_sandboxKind(sandboxKind)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &RunUsageMeter::sample);
}

RunUsageMeter::~RunUsageMeter() = default;

void RunUsageMeter::start(Sandbox *sandbox, Plan plan)
{
    m_sandbox = sandbox;
    m_usage.sessionId = m_sessionId;
    m_usage.startTime = QDateTime::currentDateTimeUtc();
    m_usage.plan = planToString(plan);
    // The cloud sandbox the run bills, which the ledger completes once no
    // runner meters it; a local sandbox ends with its process and bills nothing.
    m_usage.sandboxId = sandboxKindIsPaid(m_sandboxKind) ? sandbox->id() : QString();
    m_store->recordUsage(m_usage);
    m_sinceSample.start();
    m_sinceCreation.start();
    m_allocation = {};
    m_timer->start();
    sample();
}

void RunUsageMeter::finish()
{
    m_timer->stop();
    if (m_sandbox && m_usage.id != 0)
        closeRow();
    m_sandbox = nullptr;
}

double RunUsageMeter::costPerSecond() const
{
    // The last reading's allocation over the running seconds it covers.
    if (m_allocation.seconds > 0.0) {
        return PriceTable::current().sandboxCost(sandboxKindToString(m_sandboxKind), m_allocation.cpuSeconds / m_allocation.seconds,
                                                 m_allocation.memoryGbSeconds / m_allocation.seconds);
    }
    return PriceTable::current().sandboxCost(sandboxKindToString(m_sandboxKind), 2.0, 0.5);
}

void RunUsageMeter::detach()
{
    m_timer->stop();
    if (m_sandbox && m_usage.id != 0) {
        carryOn();
        store();
    }
    m_sandbox = nullptr;
}

void RunUsageMeter::closeRow()
{
    carryOn();
    m_usage.endTime = QDateTime::currentDateTimeUtc();
    store();
}

void RunUsageMeter::carryOn()
{
    // The sandbox is about to go (or out of sight), and a reading asked for
    // now may never answer: a cloud sandbox's billed allocation runs on at
    // its rate (its size) from its last reading until this moment. (Scaling
    // the reading by the time since the row started billed several times
    // over when the first reading came a moment after the row began.)
    if (m_allocation.seconds > 0.0) {
        const double more = std::max(0.0, double(m_sinceCreation.elapsed()) / 1000.0 - m_allocation.atSeconds);
        const double growth = (m_allocation.seconds + more) / m_allocation.seconds;
        applyAllocation(m_allocation.cpuSeconds * growth, m_allocation.memoryGbSeconds * growth);
    }
}

void RunUsageMeter::sample()
{
    if (!m_sandbox || m_usage.id == 0)
        return;
    const double seconds = double(m_sinceSample.restart()) / 1000.0;
    UsageReading *reading = m_sandbox->readUsage();
    connect(reading, &AsyncOperation::finished, this, [this, reading, seconds] {
        reading->deleteLater();
        if (!reading->succeeded() || m_usage.endTime.isValid())
            return;
        const SandboxUsage &usage = reading->usage();
        UsageSample sample;
        sample.sessionId = m_sessionId;
        sample.usageId = m_usage.id;
        sample.cpuSeconds = usage.cpuSeconds;
        sample.memoryBytes = usage.memoryBytes;
        sample.diskBytes = usage.workspaceBytes;
        m_store->recordSample(sample);
        m_usage.storageGb = std::max(m_usage.storageGb, double(usage.workspaceBytes) / BytesPerGb);
        if (usage.allocatedCpuSeconds > 0.0 || usage.allocatedMemoryGbSeconds > 0.0) {
            // Billed by allocation (E2B): the row holds what the bill counts.
            m_allocation = {usage.allocatedCpuSeconds, usage.allocatedMemoryGbSeconds,
                            double(m_sinceCreation.elapsed()) / 1000.0, usage.allocatedSeconds};
            applyAllocation(usage.allocatedCpuSeconds, usage.allocatedMemoryGbSeconds);
        } else {
            // Free (local): the row shows what ran.
            m_usage.cpuSeconds = std::max(m_usage.cpuSeconds, usage.cpuSeconds);
            m_usage.memoryGbSeconds += double(usage.memoryBytes) / BytesPerGb * seconds;
        }
        store();
    });
}

void RunUsageMeter::applyAllocation(double cpuSeconds, double memoryGbSeconds)
{
    m_usage.cpuSeconds = std::max(m_usage.cpuSeconds, cpuSeconds);
    m_usage.memoryGbSeconds = std::max(m_usage.memoryGbSeconds, memoryGbSeconds);
    m_usage.actualCost = PriceTable::current().sandboxCost(sandboxKindToString(m_sandboxKind), m_usage.cpuSeconds, m_usage.memoryGbSeconds);
}

void RunUsageMeter::store()
{
    m_store->recordUsage(m_usage);
    if (m_usage.actualCost > 0.0)
        emit billed();
}
