// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sessionextension.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace std::chrono_literals;

// `spawnai extend` for E2B sessions that this process does not run: a
// sandbox kept running while SpawnAI was closed is extended through E2B's
// timeout call by its id; a session another SpawnAI process runs is
// extended by that process, whose own expiry moves with it. Either way the
// history shows the new end.
class TestE2bExtend final : public QObject
{
    Q_OBJECT

private slots:
    void keptSandbox_isExtendedThroughE2b_andTheHistoryShowsTheNewEnd();
    void sessionOfAnotherProcess_isExtendedByItsOwner();
    void refusals_sayWhy();
};

namespace {
constexpr int ReadyMs = 30000;
const QString E2bKind = QStringLiteral("e2b");

bool finishes(AsyncOperation *operation, int ms = 20000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}

// A static site on E2B, ready, in a sandbox that ends `timeout` after its start.
QString spawnReady(CloudWorkflow &flow, std::chrono::seconds timeout = 300s)
{
    SpawnRequest request = CloudWorkflow::templateRequest(QStringLiteral("static-site"));
    request.timeout = timeout;
    const QString id = flow.spawn(request);
    if (id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); },
                         ReadyMs)
        || flow.status(id) != SessionStatus::Ready) {
        qWarning().noquote() << flow.describe(id);
        return {};
    }
    return id;
}

bool hasExtendedEvent(SessionStore &store, const QString &id)
{
    const QList<SessionEvent> events = store.events(id);
    return std::any_of(events.cbegin(), events.cend(),
                       [](const SessionEvent &event) { return event.detail.startsWith(u"Extended the sandbox until"); });
}
} // namespace

void TestE2bExtend::keptSandbox_isExtendedThroughE2b_andTheHistoryShowsTheNewEnd()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    QString id;
    QString sandboxId;
    {
        CloudWorkflow flow(dir.path(), server);
        QVERIFY(flow.isValid());
        id = spawnReady(flow);
        QVERIFY(!id.isEmpty());
        sandboxId = flow.store().session(id)->sandboxId;
        PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
        QVERIFY(finishes(quit, 10000));
    }
    // SpawnAI (or `spawnai extend`) starts again; no process runs the session.
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    QVERIFY(again.cloud().isKeptRunning(id));
    const QDateTime endBefore = again.store().session(id)->expiresAt;
    QVERIFY(endBefore.isValid());

    SessionExtension extension(&again.manager(), &again.cloud(), id, 10min);
    extension.start();
    QVERIFY(finishes(&extension));
    QVERIFY2(extension.succeeded(), qPrintable(extension.error().message));

    const QList<FakeE2bServer::Received> calls = server.requestsTo(QStringLiteral("api POST /sandboxes/{id}/timeout"));
    QCOMPARE(calls.size(), 1);
    // Ten more minutes than it had, as E2B now holds it, the history shows
    // it and the ledger (whose end the sweep goes by) records it.
    QVERIFY2(qAbs(extension.expiresAt().secsTo(endBefore.addSecs(600))) <= 2,
             qPrintable(extension.expiresAt().toString(Qt::ISODate)));
    QVERIFY(qAbs(server.endAt(sandboxId).secsTo(extension.expiresAt())) <= 2);
    QCOMPARE(again.store().session(id)->expiresAt, extension.expiresAt());
    QVERIFY(hasExtendedEvent(again.store(), id));
    const QList<SandboxLedger::Entry> open = again.ledger().openEntries(E2bKind);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().expiresAt, extension.expiresAt());
    QCOMPARE(open.first().state, SandboxLedger::State::Kept);

    QVERIFY(!again.manager().stop(id, QStringLiteral("the test is over")).isError());
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(again.openLedgerEntries(), 0, 10000);
}

void TestE2bExtend::sessionOfAnotherProcess_isExtendedByItsOwner()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow owner(dir.path(), server);
    QVERIFY(owner.isValid());
    const QString id = spawnReady(owner);
    QVERIFY(!id.isEmpty());
    E2bSandbox *sandbox = owner.e2bSandbox(id);
    QVERIFY(sandbox);
    const QDateTime endBefore = sandbox->expiresAt();

    // A manager without the runner stands for the `spawnai extend`
    // process: it asks the owner through the run folder.
    SessionManager elsewhere(&owner.store());
    SessionExtension extension(&elsewhere, nullptr, id, 5min);
    extension.start();
    QVERIFY(finishes(&extension));
    QVERIFY2(extension.succeeded(), qPrintable(extension.error().message));

    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes/{id}/timeout")).size(), 1);
    QVERIFY2(qAbs(extension.expiresAt().secsTo(endBefore.addSecs(300))) <= 2,
             qPrintable(extension.expiresAt().toString(Qt::ISODate)));
    // The owner's sandbox moved its own expiry: it will not end the app at the old time.
    QCOMPARE(sandbox->expiresAt(), extension.expiresAt());
    QCOMPARE(owner.store().session(id)->expiresAt, extension.expiresAt());
    QVERIFY(hasExtendedEvent(owner.store(), id));

    owner.stopAndExpectClean(id);
}

void TestE2bExtend::refusals_sayWhy()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow owner(dir.path(), server);
    QVERIFY(owner.isValid());
    // A sandbox with the hobby plan's full hour has nothing more to get.
    const QString id = spawnReady(owner, 3600s);
    QVERIFY(!id.isEmpty());
    SessionManager elsewhere(&owner.store());
    SessionExtension capped(&elsewhere, nullptr, id, 10min);
    capped.start();
    QVERIFY(finishes(&capped));
    QVERIFY2(!capped.succeeded(), qPrintable(capped.expiresAt().toString(Qt::ISODateWithMs)));
    QVERIFY2(capped.error().message.contains(u"The hobby plan runs a sandbox for at most 60 minute"),
             qPrintable(capped.error().message));
    QVERIFY(server.requestsTo(QStringLiteral("api POST /sandboxes/{id}/timeout")).isEmpty());

    // A stopped session has no sandbox to extend.
    owner.stopAndExpectClean(id);
    SessionExtension stopped(&elsewhere, nullptr, id, 10min);
    stopped.start();
    QVERIFY(finishes(&stopped));
    QVERIFY(!stopped.succeeded());
    QVERIFY2(stopped.error().message.contains(u"is not running (it is stopped)"), qPrintable(stopped.error().message));
}

QTEST_GUILESS_MAIN(TestE2bExtend)
#include "test_e2b_extend.moc"
