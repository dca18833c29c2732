// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sandboxsweeper.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// A new E2B key saved while sandboxes of the old one may still run (review
// of issue 17, 1.1): two E2B accounts are two in-test servers, A and B. The
// old key's sandboxes stay the old provider's until none of them may run;
// B's sweep never closes or kills what A made. Before, saving B's key ended
// a kept app as "expired" while A still ran (and billed) it, crashed on a
// Stop that was waiting to try its kill again, and closed an entry whose
// kill had failed, so A's sandbox was never killed.
class TestE2bKeySwitch final : public QObject
{
    Q_OBJECT

private slots:
    void keptApp_thenANewKey_theOldKeyKeepsItUntilItIsStopped();
    void stopRetryingTheKill_whileANewKeyIsSaved_noCrash_andItEndsOnTheOldAccount();
    void runnersKillRefused_thenANewKey_theOldKeyKillsItOnceE2bAnswers();
};

namespace {
const QString E2bKind = QStringLiteral("e2b");

FakeE2bServer::Options accountB()
{
    FakeE2bServer::Options options;
    options.apiKey = "e2b_0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
    return options;
}

QString timeline(CloudWorkflow &flow, const QString &id)
{
    QStringList lines;
    for (const SessionEvent &event : flow.store().events(id))
        lines << (event.toStatus ? sessionStatusToString(*event.toStatus) + u": " : QString()) + event.detail;
    return lines.join(u'\n');
}

int stillRunningLines(CloudWorkflow &flow, const QString &id)
{
    int lines = 0;
    for (const SessionEvent &event : flow.store().events(id))
        lines += event.detail.startsWith(u"Still running on E2B"_s) ? 1 : 0;
    return lines;
}

QString keyInUse(CloudWorkflow &flow)
{
    return flow.cloud().e2bProvider() ? flow.cloud().e2bProvider()->config().apiKey : QString();
}

bool sweepOnce(CloudWorkflow &flow)
{
    PendingOperation *sweep = flow.cloud().sweeper()->sweep();
    QSignalSpy finished(sweep, &AsyncOperation::finished);
    return finished.wait(15000);
}

SandboxLedger::State ledgerState(CloudWorkflow &flow, const QString &sandboxId)
{
    const std::optional<SandboxLedger::Entry> entry = flow.ledger().entry(sandboxId);
    return entry ? entry->state : SandboxLedger::State::Killed;
}
} // namespace

// Reproduced (a) of the review: keep an app on account A, restart, save
// B's key. The app is not said to have ended, its ledger entry and its bill
// stay open, and B's key waits until the app is stopped, on A.
void TestE2bKeySwitch::keptApp_thenANewKey_theOldKeyKeepsItUntilItIsStopped()
{
    QTemporaryDir dir;
    FakeE2bServer a;
    FakeE2bServer b(accountB());
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), a, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    const QString sandboxId = a.liveSandboxIds().value(0);
    QVERIFY(!sandboxId.isEmpty());

    CloudWorkflow again(dir.path(), a);
    QVERIFY(again.isValid());
    QCOMPARE(again.status(id), SessionStatus::Ready);
    again.cloud().enableE2b(CloudWorkflow::configFor(b));
    QCOMPARE(keyInUse(again), QString::fromLatin1(a.apiKey()));
    // The sweeps go on with A's key, which sees the kept sandbox.
    QVERIFY(sweepOnce(again));
    QCOMPARE(keyInUse(again), QString::fromLatin1(a.apiKey()));
    QVERIFY2(again.status(id) == SessionStatus::Ready, qPrintable(timeline(again, id)));
    QCOMPARE(ledgerState(again, sandboxId), SandboxLedger::State::Kept);
    QCOMPARE(a.liveSandboxIds(), QStringList{sandboxId});
    QVERIFY(!again.store().usage(id).value(0).endTime.isValid());

    // Stopped on A; then nothing of A's key may run and B's key applies.
    QVERIFY(!again.manager().stop(id, u"the user pressed Stop"_s).isError());
    QTRY_COMPARE_WITH_TIMEOUT(again.status(id), SessionStatus::Stopped, 10000);
    QCOMPARE(a.liveSandboxCount(), 0);
    QCOMPARE(a.killCount(), 1);
    QCOMPARE(ledgerState(again, sandboxId), SandboxLedger::State::Killed);
    QVERIFY(again.store().usage(id).value(0).endTime.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(keyInUse(again), QString::fromLatin1(b.apiKey()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!b.requestsTo(u"api GET /v2/sandboxes"_s).isEmpty(), 5000);
    QVERIFY(b.requestsTo(u"api DELETE /sandboxes/{id}"_s).isEmpty());
}

// Reproduced (b) of the review: Stop on a kept app while A answers every
// DELETE with 500, and B's key saved while the Stop waits for its next try.
// It used to crash on the deleted provider.
void TestE2bKeySwitch::stopRetryingTheKill_whileANewKeyIsSaved_noCrash_andItEndsOnTheOldAccount()
{
    QTemporaryDir dir;
    FakeE2bServer a;
    FakeE2bServer b(accountB());
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), a, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    const QString sandboxId = a.liveSandboxIds().value(0);

    CloudWorkflow again(dir.path(), a);
    QVERIFY(again.isValid());
    a.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));
    QVERIFY(!again.manager().stop(id, u"the user pressed Stop"_s).isError());
    QTRY_VERIFY2_WITH_TIMEOUT(stillRunningLines(again, id) >= 1, qPrintable(timeline(again, id)), 10000);

    again.cloud().enableE2b(CloudWorkflow::configFor(b));
    QCOMPARE(keyInUse(again), QString::fromLatin1(a.apiKey()));
    // The next try goes to A again, and fails again: nothing ends.
    const qsizetype deletes = a.requestsTo(u"api DELETE /sandboxes/{id}"_s).size();
    QTRY_VERIFY2_WITH_TIMEOUT(stillRunningLines(again, id) >= 2, qPrintable(timeline(again, id)), 15000);
    QVERIFY(a.requestsTo(u"api DELETE /sandboxes/{id}"_s).size() > deletes);
    QCOMPARE(keyInUse(again), QString::fromLatin1(a.apiKey()));
    QVERIFY2(again.status(id) == SessionStatus::Ready, qPrintable(timeline(again, id)));
    QCOMPARE(ledgerState(again, sandboxId), SandboxLedger::State::Killing);
    QCOMPARE(a.liveSandboxIds(), QStringList{sandboxId});

    a.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(again.status(id), SessionStatus::Stopped, 30000);
    QCOMPARE(a.liveSandboxCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(keyInUse(again), QString::fromLatin1(b.apiKey()), 5000);
    QVERIFY(b.requestsTo(u"api DELETE /sandboxes/{id}"_s).isEmpty());
}

// The same cause from a running app: its runner's kill is refused, and B's
// key saved then used to switch at the next sweep, whose B listing closed
// the entry being killed, so A's sandbox was never killed.
void TestE2bKeySwitch::runnersKillRefused_thenANewKey_theOldKeyKillsItOnceE2bAnswers()
{
    QTemporaryDir dir;
    FakeE2bServer a;
    FakeE2bServer b(accountB());
    CloudWorkflow flow(dir.path(), a);
    QVERIFY(flow.isValid());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)), 20000);
    QVERIFY2(flow.status(id) == SessionStatus::Ready, qPrintable(flow.describe(id)));
    const QString sandboxId = flow.store().session(id)->sandboxId;

    a.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));
    QVERIFY(!flow.manager().stop(id, u"the user pressed Stop"_s).isError());
    QTRY_VERIFY2_WITH_TIMEOUT(stillRunningLines(flow, id) >= 1, qPrintable(timeline(flow, id)), 10000);
    flow.cloud().enableE2b(CloudWorkflow::configFor(b));
    QVERIFY(sweepOnce(flow));
    QCOMPARE(keyInUse(flow), QString::fromLatin1(a.apiKey()));
    QCOMPARE(ledgerState(flow, sandboxId), SandboxLedger::State::Killing);

    a.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(a.liveSandboxCount(), 0, 30000);
    QCOMPARE(a.killCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(flow.status(id), SessionStatus::Stopped, 5000);
    QCOMPARE(flow.openLedgerEntries(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(keyInUse(flow), QString::fromLatin1(b.apiKey()), 5000);
}

QTEST_GUILESS_MAIN(TestE2bKeySwitch)
#include "test_e2b_keyswitch.moc"
