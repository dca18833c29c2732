// SPDX-License-Identifier: MIT
#include "fakesandbox.h"
#include "storetestsupport.h"
#include "workflow/endextension.h"
#include "workflow/runexpiry.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// An Extend always ends once, whatever happens to the sandbox meanwhile.
class TestRunExpiry final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void extend_succeedsOnceWithTheNewEnd_afterItReturned();
    void extend_withNoSandbox_failsOnceAfterItReturned();
    void extend_whenTheSandboxIsDestroyedMeanwhile_failsWithAClearError();
    void extend_whenTheSandboxIsReleasedMeanwhile_failsWithAClearError();
    void extend_whenTheEndIsDestroyedMeanwhile_failsWithAClearError();

private:
    RunExpiry *makeExpiry();

    std::unique_ptr<StoreFixture> m_fixture;
};

void TestRunExpiry::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
}

void TestRunExpiry::cleanup()
{
    m_fixture.reset();
}

RunExpiry *TestRunExpiry::makeExpiry()
{
    return new RunExpiry(&m_fixture->store(), QStringLiteral("s1"), Plan::Pro, planLimits(Plan::Pro), 60s, this);
}

void TestRunExpiry::extend_succeedsOnceWithTheNewEnd_afterItReturned()
{
    FakeSandbox sandbox;
    std::unique_ptr<RunExpiry> expiry(makeExpiry());
    expiry->watch(&sandbox, QDateTime::currentDateTimeUtc());
    std::unique_ptr<EndExtension> extension(expiry->extend(10min));
    QSignalSpy finished(extension.get(), &AsyncOperation::finished);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(2000));
    QVERIFY2(extension->succeeded(), qPrintable(extension->error().message));
    QCOMPARE(extension->expiresAt(), sandbox.expiresAt());
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
}

void TestRunExpiry::extend_withNoSandbox_failsOnceAfterItReturned()
{
    std::unique_ptr<RunExpiry> expiry(makeExpiry());
    std::unique_ptr<EndExtension> extension(expiry->extend());
    QSignalSpy finished(extension.get(), &AsyncOperation::finished);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(2000));
    QVERIFY(extension->error().isError());
    QVERIFY(!extension->error().message.isEmpty());
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
}

void TestRunExpiry::extend_whenTheSandboxIsDestroyedMeanwhile_failsWithAClearError()
{
    auto *sandbox = new FakeSandbox;
    std::unique_ptr<RunExpiry> expiry(makeExpiry());
    expiry->watch(sandbox, QDateTime::currentDateTimeUtc());
    std::unique_ptr<EndExtension> extension(expiry->extend());
    QSignalSpy finished(extension.get(), &AsyncOperation::finished);
    expiry->release();
    delete sandbox;
    QCOMPARE(finished.count(), 1);
    QCOMPARE(extension->error().message, EndExtension::gone().message);
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
}

void TestRunExpiry::extend_whenTheSandboxIsReleasedMeanwhile_failsWithAClearError()
{
    FakeSandbox sandbox;
    std::unique_ptr<RunExpiry> expiry(makeExpiry());
    expiry->watch(&sandbox, QDateTime::currentDateTimeUtc());
    std::unique_ptr<EndExtension> extension(expiry->extend());
    QSignalSpy finished(extension.get(), &AsyncOperation::finished);
    expiry->release();
    QVERIFY(finished.wait(2000));
    QCOMPARE(extension->error().message, EndExtension::gone().message);
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
}

void TestRunExpiry::extend_whenTheEndIsDestroyedMeanwhile_failsWithAClearError()
{
    FakeSandbox sandbox;
    RunExpiry *expiry = makeExpiry();
    expiry->watch(&sandbox, QDateTime::currentDateTimeUtc());
    std::unique_ptr<EndExtension> extension(expiry->extend());
    QSignalSpy finished(extension.get(), &AsyncOperation::finished);
    delete expiry;
    QCOMPARE(finished.count(), 1);
    QCOMPARE(extension->error().message, EndExtension::gone().message);
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestRunExpiry)
#include "test_runexpiry.moc"
