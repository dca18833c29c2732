// SPDX-License-Identifier: MIT
// Pausing an E2B sandbox against the in-test server: 204 pauses, 409 (already
// paused) counts as paused, 404 closes the ledger entry, a 500 is retried; a
// paused sandbox is listed, no longer counts against the plan, and the sweep
// spares it until its retention ends.
#include "common/paths.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/memorysandboxledger.h"
#include "sandbox/sandboxoperations.h"
#include "workflow/sandboxsweeper.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestE2bPause final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pause_stopsTheSandboxAndKeepsItPausedInTheLedger();
    void pauseTwice_409CountsAsPaused();
    void pauseOfAGoneSandbox_closesItsEntry();
    void pauseAfterA500_isRetried();
    void pausedSandbox_isListedAndSparedBySweepUntilItsRetentionEnds();

private:
    std::unique_ptr<Sandbox> createSandbox();
    std::optional<SandboxLedger::Entry> entry(const QString &id) const;

    template <typename Op>
    static bool done(Op *op, int ms = 60000)
    {
        QSignalSpy spy(op, &AsyncOperation::finished);
        return op->isFinished() || spy.wait(ms);
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<FakeE2bServer> m_fake;
    std::unique_ptr<MemorySandboxLedger> m_ledger;
    std::unique_ptr<E2bSandboxProvider> m_provider;
};

void TestE2bPause::initTestCase()
{
    Paths::setDataDirOverride(m_dataDir.path());
}

void TestE2bPause::init()
{
    FakeE2bServer::Options options;
    options.concurrencyLimit = 1;  // a paused sandbox must free its slot
    m_fake = std::make_unique<FakeE2bServer>(options);
    QVERIFY(m_fake->isListening());
    E2bConfig config;
    config.apiKey = QString::fromLatin1(m_fake->apiKey());
    config.apiUrl = m_fake->url();
    config.sandboxUrl = m_fake->url();
    config.installId = QStringLiteral("pause-test");
    config.retry.timeScale = 0.01;
    config.retry.jitter = false;
    m_ledger = std::make_unique<MemorySandboxLedger>();
    m_provider = std::make_unique<E2bSandboxProvider>(config, m_ledger.get());
}

void TestE2bPause::cleanup()
{
    m_provider.reset();
    m_ledger.reset();
    m_fake.reset();
}

std::unique_ptr<Sandbox> TestE2bPause::createSandbox()
{
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("pause-session");
    spec.timeout = 300s;
    std::unique_ptr<SandboxCreation> creation(m_provider->create(spec));
    if (!done(creation.get()) || !creation->succeeded()) {
        qWarning() << "create failed:" << creation->error().message;
        return {};
    }
    return std::unique_ptr<Sandbox>(creation->takeSandbox());
}

std::optional<SandboxLedger::Entry> TestE2bPause::entry(const QString &id) const
{
    for (const SandboxLedger::Entry &entry : m_ledger->allEntries()) {
        if (entry.sandboxId == id)
            return entry;
    }
    return std::nullopt;
}

void TestE2bPause::pause_stopsTheSandboxAndKeepsItPausedInTheLedger()
{
    std::unique_ptr<Sandbox> sandbox = createSandbox();
    QVERIFY(sandbox);
    auto *e2b = qobject_cast<E2bSandbox *>(sandbox.get());
    QVERIFY(e2b);
    QSignalSpy ended(e2b, &E2bSandbox::ended);
    PendingOperation *pause = sandbox->pause();  // a child of the sandbox
    QVERIFY(done(pause));
    QVERIFY2(pause->succeeded(), qPrintable(pause->error().message));
    QCOMPARE(ended.count(), 1);
    QVERIFY(e2b->isPaused());
    QVERIFY(!e2b->isAlive());
    QVERIFY(m_fake->isPaused(sandbox->id()));
    QCOMPARE(m_fake->pauseCount(), 1);
    const std::optional<SandboxLedger::Entry> paused = entry(sandbox->id());
    QVERIFY(paused);
    QCOMPARE(paused->state, SandboxLedger::State::Paused);
    QVERIFY(paused->expiresAt > QDateTime::currentDateTimeUtc().addDays(29));
    // Nothing reaches it any more, and dropping the object does not kill it.
    QVERIFY(sandbox->portUrl(3000).isEmpty());
    const QString id = sandbox->id();
    sandbox.reset();
    QTest::qWait(50);
    QCOMPARE(m_fake->killCount(), 0);
    QVERIFY(m_fake->isPaused(id));
    // Not counted toward the plan's one concurrent sandbox.
    std::unique_ptr<Sandbox> second = createSandbox();
    QVERIFY(second);
    QCOMPARE(m_fake->liveSandboxCount(), 2);
}

void TestE2bPause::pauseTwice_409CountsAsPaused()
{
    std::unique_ptr<Sandbox> sandbox = createSandbox();
    QVERIFY(sandbox);
    const QString id = sandbox->id();
    int succeeded = 0;
    for (int round = 0; round < 2; ++round) {
        PendingOperation *pause = m_provider->pause(id);
        QSignalSpy finished(pause, &AsyncOperation::finished);
        connect(pause, &AsyncOperation::finished, this, [&succeeded, pause] { succeeded += pause->succeeded(); });
        QVERIFY(finished.wait(10000));
    }
    QCOMPARE(succeeded, 2);
    const QList<FakeE2bServer::Received> asked = m_fake->requestsTo(QStringLiteral("api POST /sandboxes/{id}/pause"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_fake->pauseCount(), 1);
    QCOMPARE(entry(id)->state, SandboxLedger::State::Paused);
    QVERIFY(m_fake->isPaused(id));
    QCOMPARE(m_ledger->openEntries(QStringLiteral("e2b")).size(), 1);
}

void TestE2bPause::pauseOfAGoneSandbox_closesItsEntry()
{
    SandboxLedger::Entry gone;
    gone.kind = QStringLiteral("e2b");
    gone.sandboxId = QStringLiteral("igone0000000000000000");
    gone.sessionId = QStringLiteral("s-gone");
    QVERIFY(!m_ledger->recordCreated(gone).isError());
    PendingOperation *pause = m_provider->pause(gone.sandboxId);
    QSignalSpy finished(pause, &AsyncOperation::finished);
    bool succeeded = true;
    connect(pause, &AsyncOperation::finished, this, [&succeeded, pause] { succeeded = pause->succeeded(); });
    QVERIFY(finished.wait(10000));
    QVERIFY(!succeeded);
    QCOMPARE(entry(gone.sandboxId)->state, SandboxLedger::State::Killed);
    QCOMPARE(m_fake->requestsTo(QStringLiteral("api POST /sandboxes/{id}/pause")).size(), 1);
}

void TestE2bPause::pauseAfterA500_isRetried()
{
    std::unique_ptr<Sandbox> sandbox = createSandbox();
    QVERIFY(sandbox);
    m_fake->addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes/{id}/pause"), 500));
    PendingOperation *pause = sandbox->pause();  // a child of the sandbox
    QVERIFY(done(pause));
    QVERIFY2(pause->succeeded(), qPrintable(pause->error().message));
    QCOMPARE(m_fake->requestsTo(QStringLiteral("api POST /sandboxes/{id}/pause")).size(), 2);
    QVERIFY(m_fake->isPaused(sandbox->id()));
    QCOMPARE(m_fake->killCount(), 0);
}

void TestE2bPause::pausedSandbox_isListedAndSparedBySweepUntilItsRetentionEnds()
{
    std::unique_ptr<Sandbox> sandbox = createSandbox();
    QVERIFY(sandbox);
    const QString id = sandbox->id();
    PendingOperation *pause = sandbox->pause();  // a child of the sandbox
    QVERIFY(done(pause));
    QVERIFY(pause->succeeded());
    sandbox.reset();

    SandboxListing *listing = m_provider->list();
    QVERIFY(done(listing));
    QVERIFY(listing->succeeded());
    QCOMPARE(listing->sandboxes().size(), 1);
    QCOMPARE(listing->sandboxes().constFirst().id, id);

    SandboxSweeper sweeper(m_provider.get(), m_ledger.get());
    sweeper.setInUse([](const SandboxLedger::Entry &) { return false; });  // its run has ended
    QSignalSpy swept(&sweeper, &SandboxSweeper::swept);
    sweeper.sweep();
    QVERIFY(swept.wait(10000));
    QVERIFY(swept.at(0).at(0).toStringList().isEmpty());
    QVERIFY(m_fake->isPaused(id));

    // Its retention over: the next sweep ends it for good.
    QVERIFY(!m_ledger->recordPaused(id, QDateTime::currentDateTimeUtc().addSecs(-1)).isError());
    sweeper.sweep();
    QVERIFY(swept.wait(10000));
    QCOMPARE(swept.at(1).at(0).toStringList(), QStringList{id});
    QCOMPARE(m_fake->liveSandboxCount(), 0);
    QCOMPARE(entry(id)->state, SandboxLedger::State::Killed);
}

QTEST_GUILESS_MAIN(TestE2bPause)
#include "test_e2b_pause.moc"
