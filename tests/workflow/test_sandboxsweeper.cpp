// SPDX-License-Identifier: MIT
#include "common/pendingoperation.h"
#include "sandbox/memorysandboxledger.h"
#include "sandbox/sandboxoperations.h"
#include "sandbox/sandboxprovider.h"
#include "workflow/sandboxsweeper.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A cloud account as the sweeper sees it: what runs, and kills that can fail.
class ScriptedProvider final : public SandboxProvider
{
public:
    SandboxKind kind() const override { return SandboxKind::E2b; }
    SandboxCreation *create(const SandboxSpec &) override { return nullptr; }

    SandboxListing *list() override
    {
        auto *listing = new SandboxListing(this);
        QMetaObject::invokeMethod(listing, [this, listing] {
            if (failList)
                listing->fail(SpawnError::api(u"listing refused"_s, true));
            else
                listing->succeedWith(running);
        }, Qt::QueuedConnection);
        return listing;
    }

    PendingOperation *kill(const QString &sandboxId) override
    {
        auto *operation = new PendingOperation(this);
        killRequests.append(sandboxId);
        QMetaObject::invokeMethod(operation, [this, operation, sandboxId] {
            if (failKills.contains(sandboxId)) {
                operation->fail(SpawnError::api(u"kill failed"_s, true));
                return;
            }
            running.removeIf([&](const SandboxInfo &info) { return info.id == sandboxId; });
            operation->succeed();
        }, Qt::QueuedConnection);
        return operation;
    }

    void add(const QString &id, qint64 secondsAgo = 3600)
    {
        SandboxInfo info;
        info.id = id;
        info.startedAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        running.append(info);
    }

    QList<SandboxInfo> running;
    QStringList killRequests;
    QSet<QString> failKills;
    bool failList = false;
};

SandboxLedger::Entry entry(const QString &id, const QString &session,
                           SandboxLedger::State state = SandboxLedger::State::Live)
{
    SandboxLedger::Entry entry;
    entry.kind = u"e2b"_s;
    entry.sandboxId = id;
    entry.sessionId = session;
    entry.state = state;
    return entry;
}

bool sweepOnce(SandboxSweeper &sweeper)
{
    QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
    sweeper.sweep();
    return swept.wait(5000);
}

} // namespace

// The sweeper is the last line against leaked cloud sandboxes: whatever a
// crash, a failed kill or another install left running, it must end, and it
// must never end a sandbox a running session still uses.
class TestSandboxSweeper : public QObject
{
    Q_OBJECT

private slots:
    void killsWhatNoSessionUses()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"inuse"_s);
        provider.add(u"crashed"_s);   // live in the ledger, its session is gone
        provider.add(u"unknown"_s);   // never recorded (a crash before the journal)
        QVERIFY(!ledger.recordCreated(entry(u"inuse"_s, u"s1"_s)).isError());
        QVERIFY(!ledger.recordCreated(entry(u"crashed"_s, u"s2"_s)).isError());

        SandboxSweeper sweeper(&provider, &ledger);
        sweeper.setInUse([](const SandboxLedger::Entry &e) { return e.sessionId == u"s1"; });
        QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
        sweeper.sweep();
        QVERIFY(swept.wait(5000));
        QStringList killed = swept.first().at(0).toStringList();
        killed.sort();
        QCOMPARE(killed, (QStringList{u"crashed"_s, u"unknown"_s}));
        QCOMPARE(provider.running.size(), 1);
        QCOMPARE(provider.running.first().id, u"inuse"_s);
    }

    void sparesKeptSandboxesUntilTheyExpire()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"kept"_s);
        provider.add(u"keptexpired"_s);
        SandboxLedger::Entry kept = entry(u"kept"_s, u"s1"_s, SandboxLedger::State::Kept);
        kept.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        SandboxLedger::Entry old = entry(u"keptexpired"_s, u"s2"_s, SandboxLedger::State::Kept);
        old.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        QVERIFY(!ledger.recordCreated(kept).isError());
        QVERIFY(!ledger.recordCreated(old).isError());

        SandboxSweeper sweeper(&provider, &ledger);
        QVERIFY(sweepOnce(sweeper));
        QCOMPARE(provider.killRequests, QStringList{u"keptexpired"_s});
    }

    void sparesPausedSandboxesUntilRetentionOrARerun()
    {
        // Paused at the budget's stop: they cost nothing and the user chose
        // to keep them, until their retention ends or the session runs again.
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"paused"_s, 86400 * 3);
        provider.add(u"pausedold"_s);
        provider.add(u"pausedrerun"_s);
        for (const auto &[id, session] : {std::pair{u"paused"_s, u"s1"_s}, std::pair{u"pausedold"_s, u"s2"_s},
                                          std::pair{u"pausedrerun"_s, u"s3"_s}}) {
            QVERIFY(!ledger.recordCreated(entry(id, session)).isError());
            QVERIFY(!ledger.recordPaused(id, QDateTime::currentDateTimeUtc().addDays(30)).isError());
        }
        QVERIFY(!ledger.recordPaused(u"pausedold"_s, QDateTime::currentDateTimeUtc().addSecs(-5)).isError());
        QVERIFY(!ledger.recordCreated(entry(u"pausedgone"_s, u"s4"_s)).isError());
        QVERIFY(!ledger.recordPaused(u"pausedgone"_s, QDateTime::currentDateTimeUtc().addDays(30)).isError());

        SandboxSweeper sweeper(&provider, &ledger);
        sweeper.setInUse([](const SandboxLedger::Entry &e) { return e.sessionId == u"s3"; });
        QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
        sweeper.sweep();
        QVERIFY(swept.wait(5000));
        QStringList killed = swept.first().at(0).toStringList();
        killed.sort();
        QCOMPARE(killed, (QStringList{u"pausedold"_s, u"pausedrerun"_s}));
        QCOMPARE(swept.first().at(1).toStringList(), QStringList{u"pausedgone"_s});  // no longer listed: closed
        // (The scripted kills leave the ledger to the real provider.)
        QCOMPARE(provider.running.size(), 1);
        QCOMPARE(provider.running.first().id, u"paused"_s);
        bool pausedOpen = false;
        for (const SandboxLedger::Entry &open : ledger.openEntries(u"e2b"_s)) {
            QVERIFY(open.sandboxId != u"pausedgone");
            pausedOpen = pausedOpen || (open.sandboxId == u"paused" && open.state == SandboxLedger::State::Paused);
        }
        QVERIFY(pausedOpen);
    }

    void sparesAYoungUnknownSandbox()
    {
        // Another SpawnAI process may have just created it and be about to
        // journal it.
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"fresh"_s, 2);
        SandboxSweeper sweeper(&provider, &ledger);
        QVERIFY(sweepOnce(sweeper));
        QVERIFY(provider.killRequests.isEmpty());
    }

    void closesEntriesTheCloudNoLongerHas()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        QVERIFY(!ledger.recordCreated(entry(u"expired"_s, u"s1"_s)).isError());
        QVERIFY(!ledger.recordCreated(entry(u"killing"_s, u"s2"_s, SandboxLedger::State::Killing)).isError());
        SandboxSweeper sweeper(&provider, &ledger);
        QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
        sweeper.sweep();
        QVERIFY(swept.wait(5000));
        QCOMPARE(swept.first().at(1).toStringList().size(), 2);
        QVERIFY(ledger.openEntries(u"e2b"_s).isEmpty());
    }

    void aFailedKillIsRetriedByTheNextSweep()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"stubborn"_s);
        provider.failKills.insert(u"stubborn"_s);
        SandboxSweeper sweeper(&provider, &ledger);
        QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
        PendingOperation *first = sweeper.sweep();
        QSignalSpy firstDone(first, &AsyncOperation::finished);
        QVERIFY(swept.wait(5000));
        QCOMPARE(firstDone.size(), 1);
        QCOMPARE(provider.running.size(), 1);

        provider.failKills.clear();
        QVERIFY(sweepOnce(sweeper));
        QVERIFY(provider.running.isEmpty());
        QCOMPARE(provider.killRequests.size(), 2);
    }

    void aFailedListingKillsNothingAndSaysSo()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"x"_s);
        provider.failList = true;
        SandboxSweeper sweeper(&provider, &ledger);
        PendingOperation *sweep = sweeper.sweep();
        QSignalSpy done(sweep, &AsyncOperation::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(provider.killRequests.isEmpty());
    }

    void overlappingSweepsJoin()
    {
        ScriptedProvider provider;
        MemorySandboxLedger ledger;
        provider.add(u"orphan"_s);
        SandboxSweeper sweeper(&provider, &ledger);
        PendingOperation *first = sweeper.sweep();
        QCOMPARE(sweeper.sweep(), first);
        QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
        QVERIFY(swept.wait(5000));
        QCOMPARE(provider.killRequests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSweeper)
#include "test_sandboxsweeper.moc"
