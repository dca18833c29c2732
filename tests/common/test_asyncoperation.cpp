// SPDX-License-Identifier: MIT
#include "common/pendingoperation.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// An operation whose start() knows its answer at once, as a refusal does.
class RefusingOperation final : public AsyncOperation
{
public:
    void start() { finishLater(SpawnError::user(QStringLiteral("refused"))); }
};

} // namespace

class TestAsyncOperation final : public QObject
{
    Q_OBJECT

private slots:
    void finished_isEmittedExactlyOnce();
    void cancel_abortsTheWorkAndFinishesAsCancelled();
    void lateCancel_changesNothing();
    void destroyingARunningOperation_abortsTheWork();
    void anAnswerKnownAtOnce_isEmittedOnlyAfterStartReturned();
    void finishedLater_succeedsOnTheNextTurn();
    void anOperationDroppedBeforeTheLoopTurns_neverEmits();
    void completeLater_finishesWithTheResultOnTheNextTurn();
};

void TestAsyncOperation::finished_isEmittedExactlyOnce()
{
    PendingOperation op;
    QSignalSpy spy(&op, &AsyncOperation::finished);
    op.succeed();
    op.fail(SpawnError::system(QStringLiteral("late")));
    op.succeed();
    QCOMPARE(spy.count(), 1);
    QVERIFY(op.succeeded());
    QVERIFY(!op.error().isError());
}

void TestAsyncOperation::cancel_abortsTheWorkAndFinishesAsCancelled()
{
    PendingOperation op;
    bool aborted = false;
    op.setAbortHandler([&aborted] { aborted = true; });
    QSignalSpy spy(&op, &AsyncOperation::finished);
    op.cancel();
    QVERIFY(aborted);
    QCOMPARE(spy.count(), 1);
    QVERIFY(op.isCancelled());
    QVERIFY(!op.succeeded());
}

void TestAsyncOperation::lateCancel_changesNothing()
{
    PendingOperation op;
    int aborts = 0;
    op.setAbortHandler([&aborts] { ++aborts; });
    op.succeed();
    op.cancel();
    QCOMPARE(aborts, 0);
    QVERIFY(op.succeeded());
}

void TestAsyncOperation::destroyingARunningOperation_abortsTheWork()
{
    bool aborted = false;
    {
        PendingOperation op;
        op.setAbortHandler([&aborted] { aborted = true; });
    }
    QVERIFY(aborted);
}

void TestAsyncOperation::anAnswerKnownAtOnce_isEmittedOnlyAfterStartReturned()
{
    RefusingOperation op;
    QSignalSpy spy(&op, &AsyncOperation::finished);
    op.start();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!op.isFinished());
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(op.error().message, QStringLiteral("refused"));
    QTest::qWait(0);
    QCOMPARE(spy.count(), 1);
}

void TestAsyncOperation::finishedLater_succeedsOnTheNextTurn()
{
    QObject parent;
    PendingOperation *op = PendingOperation::finishedLater(&parent);
    QCOMPARE(op->parent(), &parent);
    QSignalSpy spy(op, &AsyncOperation::finished);
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(1000));
    QVERIFY(op->succeeded());
}

void TestAsyncOperation::anOperationDroppedBeforeTheLoopTurns_neverEmits()
{
    int emitted = 0;
    {
        QObject parent;
        PendingOperation *op = PendingOperation::finishedLater(&parent, SpawnError::system(QStringLiteral("x")));
        connect(op, &AsyncOperation::finished, this, [&emitted] { ++emitted; });
    }
    QTest::qWait(0);
    QCOMPARE(emitted, 0);
}

void TestAsyncOperation::completeLater_finishesWithTheResultOnTheNextTurn()
{
    PendingOperation op;
    QSignalSpy spy(&op, &AsyncOperation::finished);
    op.completeLater([&op] { op.fail(SpawnError::system(QStringLiteral("late"))); });
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(1000));
    QCOMPARE(op.error().message, QStringLiteral("late"));
}

QTEST_GUILESS_MAIN(TestAsyncOperation)
#include "test_asyncoperation.moc"
