// SPDX-License-Identifier: MIT
#include "sandboxsweeper.h"

#include "common/pendingoperation.h"
#include "sandbox/sandboxoperations.h"
#include "sandbox/sandboxprovider.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSweeper, "spawnai.sweeper")

SandboxSweeper::SandboxSweeper(SandboxProvider *provider, SandboxLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_ledger(ledger)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

SandboxSweeper::~SandboxSweeper() = default;

void SandboxSweeper::setInUse(InUse inUse)
{
    m_inUse = std::move(inUse);
}

void SandboxSweeper::setOwns(InUse owns)
{
    m_owns = std::move(owns);
}

void SandboxSweeper::startPeriodic(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

PendingOperation *SandboxSweeper::sweep()
{
    if (m_current)
        return m_current;
    m_current = new PendingOperation(this);
    m_killed.clear();
    m_closed.clear();
    m_firstError = {};
    m_listed = false;
    SandboxListing *listing = m_provider->list();
    connect(listing, &AsyncOperation::finished, this, [this, listing] {
        listing->deleteLater();
        if (!listing->succeeded()) {
            // Without the listing nothing can be compared; the next sweep tries again.
            qCWarning(lcSweeper).noquote() << "listing the cloud sandboxes failed:" << listing->error().message;
            m_firstError = listing->error();
            m_listed = true;
            finishIfDone();
            return;
        }
        onListed(listing->sandboxes());
    });
    return m_current;
}

void SandboxSweeper::onListed(const QList<SandboxInfo> &running)
{
    QHash<QString, SandboxLedger::Entry> open;
    for (const SandboxLedger::Entry &entry : m_ledger->openEntries(sandboxKindToString(m_provider->kind())))
        open.insert(entry.sandboxId, entry);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList othersAlone;
    const auto isOthers = [this, &now, &othersAlone](const SandboxLedger::Entry &entry) {
        if (!m_owns || m_owns(entry) || !SandboxLedger::mayStillRun(entry, now))
            return false;
        othersAlone << entry.sandboxId;
        return true;
    };
    QSet<QString> runningIds;
    for (const SandboxInfo &info : running) {
        runningIds.insert(info.id);
        const auto known = open.constFind(info.id);
        if (known == open.constEnd()) {
            const bool young = info.startedAt.isValid() && info.startedAt.secsTo(now) < m_grace.count();
            if (!young)
                killOrphan(info.id);
            continue;
        }
        if (!isOthers(*known) && !isProtected(*known))
            killOrphan(info.id);
    }
    // What the cloud no longer runs (expired, killed while we were away) is
    // gone for good: close its entry.
    for (const SandboxLedger::Entry &entry : std::as_const(open)) {
        if (runningIds.contains(entry.sandboxId) || m_pendingKills.contains(entry.sandboxId) || isOthers(entry))
            continue;
        if (const SpawnError error = m_ledger->recordKilled(entry.sandboxId); !error.isError())
            m_closed.append(entry.sandboxId);
    }
    if (!othersAlone.isEmpty())
        qCInfo(lcSweeper).noquote() << "left" << othersAlone.size()
                                    << "sandbox(es) alone that another E2B key made, which this one cannot see:"
                                    << othersAlone.join(u", ");
    m_listed = true;
    finishIfDone();
}

bool SandboxSweeper::isProtected(const SandboxLedger::Entry &entry) const
{
    switch (entry.state) {
    case SandboxLedger::State::Live:
        return m_inUse && m_inUse(entry);
    case SandboxLedger::State::Kept:
        return !entry.expiresAt.isValid() || entry.expiresAt > QDateTime::currentDateTimeUtc();
    case SandboxLedger::State::Paused:
        // Paused at the budget's stop: it costs nothing, and the user chose to
        // keep it rather than lose it. Kept until its time is up, or until the
        // session runs again, which brings its files back in a new sandbox.
        return (!entry.expiresAt.isValid() || entry.expiresAt > QDateTime::currentDateTimeUtc())
            && !(m_inUse && m_inUse(entry));
    case SandboxLedger::State::Killing:
    case SandboxLedger::State::Killed:
        return false;
    }
    return false;
}

void SandboxSweeper::killOrphan(const QString &sandboxId)
{
    if (m_pendingKills.contains(sandboxId))
        return;
    qCInfo(lcSweeper).noquote() << "ending sandbox" << sandboxId << "that no session uses";
    m_pendingKills.insert(sandboxId);
    PendingOperation *kill = m_provider->kill(sandboxId);
    connect(kill, &AsyncOperation::finished, this, [this, kill, sandboxId] {
        kill->deleteLater();
        m_pendingKills.remove(sandboxId);
        if (kill->succeeded())
            m_killed.append(sandboxId);
        else if (!m_firstError.isError())
            m_firstError = kill->error();
        finishIfDone();
    });
}

void SandboxSweeper::finishIfDone()
{
    if (!m_current || !m_listed || !m_pendingKills.isEmpty())
        return;
    PendingOperation *done = m_current;
    m_current = nullptr;
    emit swept(m_killed, m_closed);
    if (m_firstError.isError())
        done->fail(m_firstError);
    else
        done->succeed();
    done->deleteLater();
}
