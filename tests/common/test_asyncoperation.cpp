// SPDX-License-Identifier: MIT
#include "common/pendingoperation.h"

#include <QSignalSpy>
#include <QTest>

class TestAsyncOperation final : public QObject
{
    Q_OBJECT

private slots:
    void finished_isEmittedExactlyOnce();
    void cancel_abortsTheWorkAndFinishesAsCancelled();
    void lateCancel_changesNothing();
    void destroyingARunningOperation_abortsTheWork();
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

QTEST_GUILESS_MAIN(TestAsyncOperation)
#include "test_asyncoperation.moc"
