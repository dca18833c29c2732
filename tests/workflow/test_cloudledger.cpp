// SPDX-License-Identifier: MIT
#include "fakesandbox.h"
#include "storetestsupport.h"

#include "sandbox/e2b/e2bapikey.h"
#include "store/crashreconciler.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/runusagemeter.h"

#include <QFile>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// What the history says about cloud sandboxes (review of issue 17): one
// answer to "may this sandbox still run, and bill?" for the crash
// reconciliation and for Stop, and which runs name a sandbox.
class TestCloudLedger final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mayStillRun_oneAnswer_forTheCrashReconcilerAndTheStop();
    void localRun_namesNoSandbox_cloudRunNamesItsOwn();
    void keyFingerprint_keptPerEntry_neverTheKey();

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

void TestCloudLedger::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
}

void TestCloudLedger::cleanup()
{
    m_fixture.reset();
}

// Every state before, after and without an end. The reconciler asked SQL
// and the stop asked C++, and they disagreed on a kept sandbox past its end
// (E2B ends every sandbox at its end).
void TestCloudLedger::mayStillRun_oneAnswer_forTheCrashReconcilerAndTheStop()
{
    using State = SandboxLedger::State;
    SqlSandboxLedger ledger(m_fixture->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        QString name;
        State state;
        QDateTime end;
        bool mayRun;
    };
    QList<Case> cases;
    for (const auto &[stateName, state] : {std::pair{u"live"_s, State::Live}, std::pair{u"kept"_s, State::Kept},
                                           std::pair{u"killing"_s, State::Killing}}) {
        cases << Case{stateName + u"-ahead"_s, state, now.addSecs(600), true}
              << Case{stateName + u"-past"_s, state, now.addSecs(-60), false}
              << Case{stateName + u"-noend"_s, state, {}, true};
    }
    cases << Case{u"paused"_s, State::Paused, now.addSecs(600), false}
          << Case{u"killed"_s, State::Killed, now.addSecs(600), false};
    for (const Case &c : std::as_const(cases)) {
        Session session;
        session.sandboxKind = SandboxKind::E2b;
        const QString id = sessionIn(m_fixture->store(), SessionStatus::Ready, session);
        QVERIFY(!id.isEmpty());
        QVERIFY(!ledger.recordCreated({u"e2b"_s, c.name, id, now.addSecs(-120), c.end}).isError());
        if (c.state == State::Kept)
            QVERIFY(!ledger.recordKept(c.name).isError());
        else if (c.state == State::Killing)
            QVERIFY(!ledger.recordKillRequested(c.name).isError());
        else if (c.state == State::Paused)
            QVERIFY(!ledger.recordPaused(c.name, c.end).isError());
        else if (c.state == State::Killed)
            QVERIFY(!ledger.recordKilled(c.name).isError());
        const bool reconciler = CrashReconciler::hasSandboxThatMayRun(m_fixture->database().connection(), id);
        const bool stop = !CloudSandboxes::sandboxesThatMayRun(ledger, id).isEmpty();
        QVERIFY2(reconciler == c.mayRun && stop == c.mayRun,
                 qPrintable(QStringLiteral("%1: the reconciler says %2, the stop %3, E2B %4")
                                .arg(c.name)
                                .arg(reconciler)
                                .arg(stop)
                                .arg(c.mayRun)));
    }
}

// usage_metrics.sandbox_id names the cloud sandbox a run bills, which the
// ledger completes once no runner meters it; a local run has none.
void TestCloudLedger::localRun_namesNoSandbox_cloudRunNamesItsOwn()
{
    SessionStore &store = m_fixture->store();
    for (const SandboxKind kind : {SandboxKind::Local, SandboxKind::E2b}) {
        Session session;
        session.sandboxKind = kind;
        const QString id = sessionIn(store, SessionStatus::Ready, session);
        QVERIFY(!id.isEmpty());
        FakeSandbox sandbox;
        RunUsageMeter meter(&store, id, kind, 1h);
        meter.start(&sandbox, Plan::Hobby);
        meter.finish();
        const QList<UsageRecord> runs = store.usage(id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().sandboxId, kind == SandboxKind::Local ? QString() : sandbox.id());
    }
}

// Which key made a sandbox decides which sweep may close or kill it; the
// ledger keeps a short hash of the key, never the key.
void TestCloudLedger::keyFingerprint_keptPerEntry_neverTheKey()
{
    const QString key = u"e2b_53ae1fed82754c17ad8077fbc8bcdd90"_s;
    const QString fingerprint = E2bApiKey::fingerprint(key);
    QCOMPARE(fingerprint.size(), 12);
    QVERIFY(!key.contains(fingerprint));
    QCOMPARE(E2bApiKey::fingerprint(u"  "_s + key + u"\n"_s), fingerprint);
    QVERIFY(E2bApiKey::fingerprint(u"e2b_0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"_s) != fingerprint);
    QVERIFY(E2bApiKey::fingerprint({}).isEmpty());
    {
        SqlSandboxLedger ledger(m_fixture->database());
        SandboxLedger::Entry entry{u"e2b"_s, u"i-1"_s, u"s-1"_s, QDateTime::currentDateTimeUtc(), {}};
        entry.keyFingerprint = fingerprint;
        QVERIFY(!ledger.recordCreated(entry).isError());
        QVERIFY(!ledger.recordCreated({u"e2b"_s, u"i-old"_s, u"s-1"_s, QDateTime::currentDateTimeUtc(), {}}).isError());
    }
    QVERIFY(m_fixture->reopen());
    SqlSandboxLedger ledger(m_fixture->database());
    QCOMPARE(ledger.entry(u"i-1"_s)->keyFingerprint, fingerprint);
    QVERIFY(ledger.entry(u"i-old"_s)->keyFingerprint.isEmpty());
    m_fixture->close();
    for (const QString &name : {u"/spawnai.sqlite"_s, u"/spawnai.sqlite-wal"_s}) {
        QFile file(m_fixture->dataDir() + name);
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(key.toLatin1()));
    }
}

QTEST_GUILESS_MAIN(TestCloudLedger)
#include "test_cloudledger.moc"
