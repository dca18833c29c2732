// SPDX-License-Identifier: MIT
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bqueueslot.h"

#include <QElapsedTimer>
#include <QTest>

class TestE2bCreationQueue final : public QObject
{
    Q_OBJECT

private slots:
    void concurrencyLimit_holdsTheRestAndSaysWhy();
    void rateLimit_spacesCreations();
    void droppedContext_isSkipped();
    void slot_isGivenBackWhenTheLastHandleGoes();
    void slot_releasedEarly_isGivenBackOnce();
    void slot_outlivingItsQueue_isHarmless();
};

void TestE2bCreationQueue::concurrencyLimit_holdsTheRestAndSaysWhy()
{
    E2bCreationQueue queue(2, 100, QStringLiteral("hobby"));
    QObject context;
    int admitted = 0;
    QStringList reasons;
    for (int i = 0; i < 3; ++i)
        queue.enqueue(&context, [&] { ++admitted; }, [&](const QString &reason) { reasons << reason; });
    QCOMPARE(admitted, 0);  // never inside the caller's call
    QTRY_COMPARE(admitted, 2);
    QTRY_COMPARE(reasons.size(), 1);
    QVERIFY(reasons.constFirst().contains(u"at most 2 at once"));
    QCOMPARE(queue.inUse(), 2);
    QCOMPARE(queue.queued(), 1);
    queue.release();
    QTRY_COMPARE(admitted, 3);
    QCOMPARE(queue.inUse(), 2);
}

void TestE2bCreationQueue::rateLimit_spacesCreations()
{
    E2bCreationQueue queue(20, 5, QStringLiteral("pro"));
    QObject context;
    QList<qint64> admittedAt;
    QStringList reasons;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 7; ++i)
        queue.enqueue(&context, [&] { admittedAt << clock.elapsed(); }, [&](const QString &reason) { reasons << reason; });
    QTRY_COMPARE_WITH_TIMEOUT(admittedAt.size(), 7, 5000);
    // A burst of 5 at once, then one every 200 ms.
    QVERIFY(admittedAt.at(4) < 150);
    QVERIFY2(admittedAt.at(5) >= 180, qPrintable(QString::number(admittedAt.at(5))));
    QVERIFY2(admittedAt.at(6) >= 380, qPrintable(QString::number(admittedAt.at(6))));
    QVERIFY(!reasons.isEmpty());
    QVERIFY(reasons.constFirst().contains(u"a second"));
}

void TestE2bCreationQueue::droppedContext_isSkipped()
{
    E2bCreationQueue queue(1, 100, QStringLiteral("hobby"));
    QObject keep;
    auto *gone = new QObject;
    int admittedGone = 0;
    int admittedKeep = 0;
    queue.enqueue(gone, [&] { ++admittedGone; }, [](const QString &) {});
    queue.enqueue(&keep, [&] { ++admittedKeep; }, [](const QString &) {});
    delete gone;
    QTRY_COMPARE(admittedKeep, 1);
    QCOMPARE(admittedGone, 0);
}

void TestE2bCreationQueue::slot_isGivenBackWhenTheLastHandleGoes()
{
    E2bCreationQueue queue(2, 100, QStringLiteral("hobby"));
    queue.occupy();
    E2bQueueSlot::Handle slot = E2bQueueSlot::hold(&queue);
    // The copies a connect() keeps: the place is held while any is.
    E2bQueueSlot::Handle copy = slot;
    auto lambda = [copy] {};
    slot.reset();
    copy.reset();
    QCOMPARE(queue.inUse(), 1);
    { const auto gone = std::move(lambda); }
    QCOMPARE(queue.inUse(), 0);
}

void TestE2bCreationQueue::slot_releasedEarly_isGivenBackOnce()
{
    E2bCreationQueue queue(2, 100, QStringLiteral("hobby"));
    queue.occupy();
    queue.occupy();
    E2bQueueSlot::Handle slot = E2bQueueSlot::hold(&queue);
    slot->release();
    QCOMPARE(queue.inUse(), 1);
    slot->release();
    slot.reset();
    QCOMPARE(queue.inUse(), 1);
}

void TestE2bCreationQueue::slot_outlivingItsQueue_isHarmless()
{
    E2bQueueSlot::Handle slot;
    {
        E2bCreationQueue queue(2, 100, QStringLiteral("hobby"));
        queue.occupy();
        slot = E2bQueueSlot::hold(&queue);
    }
    slot.reset();
}

QTEST_GUILESS_MAIN(TestE2bCreationQueue)
#include "test_e2b_creationqueue.moc"
