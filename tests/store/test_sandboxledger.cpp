// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "store/sqlsandboxledger.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The ledger is what makes a crash unable to leak a cloud sandbox: what it
// holds must survive a restart, and only a confirmed kill may drop an entry.
class TestSandboxLedger : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY(m_fixture->open());
    }
    void cleanup() { m_fixture.reset(); }

    void createdSandboxSurvivesARestart()
    {
        {
            SqlSandboxLedger ledger(m_fixture->database());
            const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(600);
            QVERIFY(!ledger.recordCreated(entry(u"ia1"_s, u"session-1"_s, expiry)).isError());
        }
        QVERIFY(m_fixture->reopen());
        SqlSandboxLedger ledger(m_fixture->database());
        const QList<SandboxLedger::Entry> open = ledger.openEntries(u"e2b"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().sandboxId, u"ia1"_s);
        QCOMPARE(open.first().sessionId, u"session-1"_s);
        QCOMPARE(open.first().state, SandboxLedger::State::Live);
        QVERIFY(open.first().expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(ledger.openEntries(u"other"_s).isEmpty());
    }

    void onlyAConfirmedKillClosesAnEntry()
    {
        SqlSandboxLedger ledger(m_fixture->database());
        QVERIFY(!ledger.recordCreated(entry(u"ia2"_s, u"s"_s, {})).isError());
        QVERIFY(!ledger.recordKillRequested(u"ia2"_s).isError());
        QVERIFY(!ledger.recordKillRequested(u"ia2"_s).isError());
        QList<SandboxLedger::Entry> open = ledger.openEntries(u"e2b"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, SandboxLedger::State::Killing);
        QCOMPARE(open.first().killAttempts, 2);

        QVERIFY(!ledger.recordKilled(u"ia2"_s).isError());
        QVERIFY(ledger.openEntries(u"e2b"_s).isEmpty());
        // A late retry of an old kill does not reopen it.
        QVERIFY(!ledger.recordKillRequested(u"ia2"_s).isError());
        QVERIFY(!ledger.recordKept(u"ia2"_s).isError());
        QVERIFY(ledger.openEntries(u"e2b"_s).isEmpty());
    }

    void keptSandboxesStayOpenWithTheirExpiry()
    {
        SqlSandboxLedger ledger(m_fixture->database());
        QVERIFY(!ledger.recordCreated(entry(u"ia3"_s, u"s"_s, {})).isError());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(1800);
        QVERIFY(!ledger.recordExpiry(u"ia3"_s, later).isError());
        QVERIFY(!ledger.recordKept(u"ia3"_s).isError());
        const QList<SandboxLedger::Entry> open = ledger.openEntries(u"e2b"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, SandboxLedger::State::Kept);
        QCOMPARE(open.first().expiresAt.toSecsSinceEpoch(), later.toSecsSinceEpoch());
    }

    void pausedSandboxesSurviveARestartAsPaused()
    {
        const QDateTime keepUntil = QDateTime::currentDateTimeUtc().addDays(30);
        {
            SqlSandboxLedger ledger(m_fixture->database());
            QVERIFY(!ledger.recordCreated(entry(u"ia4"_s, u"s"_s, {})).isError());
            QVERIFY(!ledger.recordPaused(u"ia4"_s, keepUntil).isError());
        }
        QVERIFY(m_fixture->reopen());
        SqlSandboxLedger ledger(m_fixture->database());
        const QList<SandboxLedger::Entry> open = ledger.openEntries(u"e2b"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, SandboxLedger::State::Paused);
        QCOMPARE(open.first().expiresAt.toSecsSinceEpoch(), keepUntil.toSecsSinceEpoch());
        QCOMPARE(sandboxLedgerStateToString(SandboxLedger::State::Paused), u"paused"_s);
        // A confirmed kill closes it; a late pause answer does not reopen it.
        QVERIFY(!ledger.recordKilled(u"ia4"_s).isError());
        QVERIFY(!ledger.recordPaused(u"ia4"_s, keepUntil).isError());
        QVERIFY(ledger.openEntries(u"e2b"_s).isEmpty());
    }

    // What bills a run once no runner meters it: the size and start E2B
    // reported, and when the sandbox ended, never after its end.
    void sizeAndEndSurviveARestart()
    {
        const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QDateTime ended = QDateTime::currentDateTimeUtc().addSecs(-60);
        {
            SqlSandboxLedger ledger(m_fixture->database());
            QVERIFY(!ledger.recordCreated(entry(u"ia5"_s, u"s"_s, QDateTime::currentDateTimeUtc().addSecs(600))).isError());
            QVERIFY(!ledger.recordAllocation(u"ia5"_s, startedAt, 8, 4096).isError());
            QVERIFY(!ledger.recordCreated(entry(u"ia6"_s, u"s"_s, ended)).isError());  // its end has passed
            QVERIFY(!ledger.recordKilled(u"ia6"_s).isError());
        }
        QVERIFY(m_fixture->reopen());
        SqlSandboxLedger ledger(m_fixture->database());
        const std::optional<SandboxLedger::Entry> running = ledger.entry(u"ia5"_s);
        QVERIFY(running);
        QCOMPARE(running->cpuCount, 8);
        QCOMPARE(running->memoryMB, 4096);
        QCOMPARE(running->startedAt.toMSecsSinceEpoch(), startedAt.toMSecsSinceEpoch());
        QVERIFY(!running->endedAt.isValid());
        QVERIFY(!ledger.recordKilled(u"ia5"_s).isError());
        const QDateTime killedAt = ledger.entry(u"ia5"_s)->endedAt;
        QVERIFY(qAbs(killedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 2000);
        // A second confirmation (a late 404) keeps the first end.
        QVERIFY(!ledger.recordKilled(u"ia5"_s).isError());
        QCOMPARE(ledger.entry(u"ia5"_s)->endedAt, killedAt);
        QCOMPARE(ledger.entry(u"ia6"_s)->endedAt.toMSecsSinceEpoch(), ended.toMSecsSinceEpoch());
        QCOMPARE(ledger.entry(u"ia6"_s)->state, SandboxLedger::State::Killed);
        QVERIFY(!ledger.entry(u"unknown"_s));
    }

private:
    static SandboxLedger::Entry entry(const QString &id, const QString &session, const QDateTime &expiry)
    {
        SandboxLedger::Entry entry;
        entry.kind = u"e2b"_s;
        entry.sandboxId = id;
        entry.sessionId = session;
        entry.expiresAt = expiry;
        return entry;
    }

    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxLedger)
#include "test_sandboxledger.moc"
