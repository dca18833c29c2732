// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "fakesandboxprovider.h"

#include "billing/budgetpolicy.h"
#include "billing/budget.h"
#include "billing/budgetcheck.h"
#include "common/paths.h"
#include "llm/modelclients.h"
#include "secrets/memorysecretstore.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionlaunch.h"
#include "workflow/sessionmanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The one path every front end starts a session by (SessionLaunch): which
// key it takes, what it says without one, that a refused budget sends
// nothing, and that a cancel leaves nothing behind. A fake Claude speaks
// the real protocol; sandboxes are fakes.
class TestSessionLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keychainKey_isUsedBeforeTheEnvironment();
    void environmentKey_isUsedWithoutAKeychainEntry();
    void noClaudeKey_refusesWithWhatToDo_andSendsNothing();
    void openAiCompatibleServer_needsNoKey();
    void spentBudget_refusesBeforeAnythingIsSent();
    void unknownAppType_isRefused();
    void cancel_duringTheCount_leavesNoSession();
    void template_needsNoKey();
    void oneClientPool_isShared();

private:
    // Starts `request` and waits for its one finished().
    std::unique_ptr<SessionLaunch> launch(const LaunchRequest &request);
    static LaunchRequest prompt(const QString &text);
    void saveKey(const QString &name, const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<FakeSandboxProvider> m_provider;
    std::unique_ptr<SessionManager> m_manager;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QByteArray m_savedAnthropic;
    QByteArray m_savedClaude;
};

void TestSessionLaunch::init()
{
    m_savedAnthropic = qgetenv("ANTHROPIC_API_KEY");
    m_savedClaude = qgetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
    m_server = std::make_unique<FakeLlmServer>();
    m_database = std::make_unique<Database>();
    QVERIFY(!m_database->open().isError());
    m_store = std::make_unique<SessionStore>(*m_database);
    m_provider = std::make_unique<FakeSandboxProvider>();
    m_manager = std::make_unique<SessionManager>(m_store.get());
    m_manager->addProvider(m_provider.get());
    m_manager->modelClients()->setAnthropicBaseUrl(m_server->url());
    m_manager->modelClients()->setMaxAttempts(1);
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestSessionLaunch::cleanup()
{
    m_manager.reset();
    m_provider.reset();
    m_store.reset();
    m_database.reset();
    m_server.reset();
    m_secrets.reset();
    Paths::setDataDirOverride({});
    m_dir.reset();
    qputenv("ANTHROPIC_API_KEY", m_savedAnthropic);
    qputenv("CLAUDE_API_KEY", m_savedClaude);
    if (m_savedAnthropic.isEmpty())
        qunsetenv("ANTHROPIC_API_KEY");
    if (m_savedClaude.isEmpty())
        qunsetenv("CLAUDE_API_KEY");
}

LaunchRequest TestSessionLaunch::prompt(const QString &text)
{
    LaunchRequest request;
    request.prompt = text;
    request.appType = QStringLiteral("webapp");
    request.model = QStringLiteral("claude-sonnet-5-5");
    return request;
}

void TestSessionLaunch::saveKey(const QString &name, const QString &value)
{
    PendingOperation *write = m_secrets->write(name, value);
    QSignalSpy written(write, &AsyncOperation::finished);
    QVERIFY(write->isFinished() || written.wait());
    write->deleteLater();
}

std::unique_ptr<SessionLaunch> TestSessionLaunch::launch(const LaunchRequest &request)
{
    auto started = std::make_unique<SessionLaunch>(m_manager.get(), m_secrets.get(), request);
    QSignalSpy finished(started.get(), &AsyncOperation::finished);
    started->start();
    if (!finished.wait(10000))
        qWarning() << "the launch did not finish";
    if (finished.size() != 1)
        qWarning() << "finished() came" << finished.size() << "times";
    return started;
}

void TestSessionLaunch::keychainKey_isUsedBeforeTheEnvironment()
{
    saveKey(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-from-keychain"));
    qputenv("ANTHROPIC_API_KEY", "sk-ant-from-environment");
    const std::unique_ptr<SessionLaunch> started = launch(prompt(QStringLiteral("a page")));
    QVERIFY2(started->succeeded(), qPrintable(started->error().message));
    QVERIFY(!started->sessionId().isEmpty());
    // The opening prompt was counted with the keychain's key.
    QCOMPARE(m_server->countRequests().size(), 1);
    QCOMPARE(m_server->countRequests().first().header("x-api-key"), QByteArray("sk-ant-from-keychain"));
    QVERIFY(started->estimate().promptTokensCounted);
    QCOMPARE(m_store->session(started->sessionId())->estimatedCost, started->estimate().total());
}

void TestSessionLaunch::environmentKey_isUsedWithoutAKeychainEntry()
{
    qputenv("CLAUDE_API_KEY", "sk-ant-from-environment");
    const std::unique_ptr<SessionLaunch> started = launch(prompt(QStringLiteral("a page")));
    QVERIFY2(started->succeeded(), qPrintable(started->error().message));
    QCOMPARE(m_server->countRequests().size(), 1);
    QCOMPARE(m_server->countRequests().first().header("x-api-key"), QByteArray("sk-ant-from-environment"));
}

void TestSessionLaunch::noClaudeKey_refusesWithWhatToDo_andSendsNothing()
{
    const std::unique_ptr<SessionLaunch> refused = launch(prompt(QStringLiteral("a page")));
    QVERIFY(refused->isFinished() && !refused->succeeded());
    QVERIFY(refused->keyMissing());
    QCOMPARE(refused->error().kind, ErrorKind::User);
    QCOMPARE(refused->error().message,
             QStringLiteral("Claude needs an API key to write the app: add one in Settings > API keys or set "
                            "ANTHROPIC_API_KEY, or choose an OpenAI-compatible server such as Ollama."));
    QCOMPARE(m_server->countRequests().size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_store->sessionCount(), 0);
}

void TestSessionLaunch::openAiCompatibleServer_needsNoKey()
{
    LaunchRequest request = prompt(QStringLiteral("a page"));
    request.provider = QStringLiteral("openai");
    request.model = QStringLiteral("qwen2.5-coder");
    request.baseUrl = m_server->url(QStringLiteral("/v1"));
    const std::unique_ptr<SessionLaunch> started = launch(request);
    QVERIFY2(started->succeeded(), qPrintable(started->error().message));
    QVERIFY(!started->keyMissing());
    QCOMPARE(m_store->session(started->sessionId())->provider, QStringLiteral("openai"));
}

void TestSessionLaunch::spentBudget_refusesBeforeAnythingIsSent()
{
    saveKey(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-from-keychain"));
    Budget budget;
    budget.monthly = 1.0;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        return BudgetCheck(budget).check(estimate, 1.0);  // the month is spent
    });
    const std::unique_ptr<SessionLaunch> refused = launch(prompt(QStringLiteral("a page")));
    QVERIFY(refused->isFinished() && !refused->succeeded());
    QVERIFY(!refused->keyMissing());
    QCOMPARE(refused->error().kind, ErrorKind::User);
    QVERIFY2(refused->error().message.contains(Budget::formatUsd(1.0)), qPrintable(refused->error().message));
    // Not a token counted, not a request sent, no session.
    QCOMPARE(m_server->countRequests().size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_store->sessionCount(), 0);

    // A model of unknown price under a budget: refused the same way.
    budget.monthly = 10.0;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        return BudgetCheck(budget).check(estimate, 0.0);
    });
    LaunchRequest unknown = prompt(QStringLiteral("a page"));
    unknown.model = QStringLiteral("claude-future-9");
    const std::unique_ptr<SessionLaunch> unpriced = launch(unknown);
    QVERIFY(!unpriced->succeeded());
    QVERIFY2(unpriced->error().message.contains(u"claude-future-9"), qPrintable(unpriced->error().message));
    QCOMPARE(m_server->countRequests().size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_store->sessionCount(), 0);
}

void TestSessionLaunch::unknownAppType_isRefused()
{
    saveKey(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-from-keychain"));
    LaunchRequest request = prompt(QStringLiteral("a page"));
    request.appType = QStringLiteral("spreadsheet");
    const std::unique_ptr<SessionLaunch> refused = launch(request);
    QVERIFY(!refused->succeeded());
    QCOMPARE(refused->error().kind, ErrorKind::User);
    QVERIFY(refused->error().message.contains(u"spreadsheet"));
    QCOMPARE(m_store->sessionCount(), 0);
}

void TestSessionLaunch::cancel_duringTheCount_leavesNoSession()
{
    saveKey(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-from-keychain"));
    // The count's connection goes silent: the launch waits in its middle.
    m_server->setAnswerCountTokens(false);
    FakeLlmServer::Response silent = FakeLlmServer::json(200, R"({"input_tokens":)");
    silent.ending = FakeLlmServer::Ending::Hang;
    silent.framing = FakeLlmServer::Framing::Chunked;
    m_server->enqueue(silent);
    auto started = std::make_unique<SessionLaunch>(m_manager.get(), m_secrets.get(), prompt(QStringLiteral("a page")));
    started->setCountDeadline(std::chrono::milliseconds(400));
    QSignalSpy finished(started.get(), &AsyncOperation::finished);
    QSignalSpy received(m_server.get(), &FakeLlmServer::requestReceived);
    started->start();
    QVERIFY(received.wait());
    QCOMPARE(finished.size(), 0);
    started->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(started->isCancelled());
    // Past the count's deadline nothing is spawned.
    QSignalSpy created(m_store.get(), &SessionStore::sessionChanged);
    QVERIFY(!created.wait(800));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_store->sessionCount(), 0);
    QVERIFY(started->sessionId().isEmpty());
}

void TestSessionLaunch::template_needsNoKey()
{
    LaunchRequest request;
    request.templateName = QStringLiteral("static-site");
    request.prompt = QStringLiteral("Template: static-site");
    const std::unique_ptr<SessionLaunch> started = launch(request);
    QVERIFY2(started->succeeded(), qPrintable(started->error().message));
    const std::optional<Session> session = m_store->session(started->sessionId());
    QVERIFY(session);
    QCOMPARE(session->templateName, QStringLiteral("static-site"));
    QCOMPARE(m_store->latestAppVersion(session->id)->summary, QStringLiteral("template static-site"));
    QCOMPARE(m_server->requests().size() + m_server->countRequests().size(), 0);
}

void TestSessionLaunch::oneClientPool_isShared()
{
    saveKey(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-from-keychain"));
    QVERIFY(launch(prompt(QStringLiteral("one page")))->succeeded());
    QVERIFY(launch(prompt(QStringLiteral("another page")))->succeeded());
    QCOMPARE(m_manager->modelClients()->count(), 1);
}

QTEST_GUILESS_MAIN(TestSessionLaunch)
#include "test_sessionlaunch.moc"
