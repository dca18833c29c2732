// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "common/paths.h"
#include "e2bwireclient.h"
#include "fakee2bserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

// Issue 17, items 7 to 9, with the real `spawnai` against the in-test E2B
// server, the environment a user sets: a crashed spawn leaves a sandbox
// that ends within the default lifetime; a plan the account does not have
// says what to set; a session held back by E2B's concurrency limit says so
// in --json's `detail` and in plain output.
class TestE2bCliLifetime final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkilledSpawn_leavesASandboxThatEndsWithinTheDefaultLifetime();
    void proPlanOnAHobbyAccount_saysSetThePlanToHobby();
    void heldBackByE2bsConcurrency_saysWhy_inJsonAndPlainOutput();

private:
    QTemporaryDir m_serverDir;
};

namespace {
// The control plane and envd by 127.0.0.1/localhost (never proxied), the
// port URLs through http_proxy, as test_e2b_crashrecovery sets it.
QProcessEnvironment e2bEnvironment(const FakeE2bServer &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"no_proxy", "NO_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "E2B_PLAN",
                             "DEFAULT_SESSION_TIMEOUT_MS", "PRO_SESSION_TIMEOUT_MS", "MAX_CONCURRENT_SESSIONS"})
        environment.remove(QLatin1String(name));
    const QString port = QString::number(server.port());
    environment.insert(QStringLiteral("E2B_API_KEY"), QString::fromLatin1(server.apiKey()));
    environment.insert(QStringLiteral("E2B_API_URL"), QStringLiteral("http://127.0.0.1:") + port);
    environment.insert(QStringLiteral("E2B_SANDBOX_URL"), QStringLiteral("http://localhost:") + port);
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:") + port);
    return environment;
}

QStringList e2bSpawn(bool json)
{
    QStringList arguments{QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
                          QStringLiteral("--sandbox"), QStringLiteral("e2b")};
    if (json)
        arguments << QStringLiteral("--json");
    return arguments;
}
} // namespace

void TestE2bCliLifetime::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

// A spawn killed with SIGKILL cannot stop its sandbox: it used to run on
// for the plan's hour (24 on pro), billed. Now it ends at the default
// lifetime, 15 minutes from its creation.
void TestE2bCliLifetime::sigkilledSpawn_leavesASandboxThatEndsWithinTheDefaultLifetime()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(e2bEnvironment(server));
    run.start(e2bSpawn(true));
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(server.liveSandboxCount(), 1);
    const QString sandboxId = server.liveSandboxIds().constFirst();
    run.signal(SIGKILL);
    QVERIFY(run.waitForExit(10000));

    QCOMPARE(server.liveSandboxCount(), 1);  // the orphan, until the next start sweeps it
    const QList<FakeE2bServer::Received> creates = server.requestsTo(QStringLiteral("api POST /sandboxes"));
    QCOMPARE(creates.size(), 1);
    const qint64 asked = QJsonDocument::fromJson(creates.constFirst().request.body).object().value(u"timeout").toInteger();
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(server.endAt(sandboxId));
    qInfo("create asked for %lld s; the orphan ends in %lld s", asked, left);
    QCOMPARE(asked, 900);
    QVERIFY2(left > 0 && left <= 900, qPrintable(QString::number(left)));
}

// E2B_PLAN=pro on a hobby account, with a pro lifetime: E2B's "Timeout
// cannot be greater than 1 hours" used to be the whole message.
void TestE2bCliLifetime::proPlanOnAHobbyAccount_saysSetThePlanToHobby()
{
    FakeE2bServer server;  // a hobby account
    QTemporaryDir dataDir;
    QProcessEnvironment environment = e2bEnvironment(server);
    environment.insert(QStringLiteral("E2B_PLAN"), QStringLiteral("pro"));
    environment.insert(QStringLiteral("PRO_SESSION_TIMEOUT_MS"), QStringLiteral("7200000"));
    for (const bool json : {false, true}) {
        const CliResult result = runCli(dataDir.path(), e2bSpawn(json), 30000, environment);
        QVERIFY2(result.exitCode == 1, qPrintable(result.text()));
        QVERIFY2(result.text().contains(u"Your E2B account allows at most 1 hour"), qPrintable(result.text()));
        QVERIFY2(result.text().contains(u"set the plan to Hobby"), qPrintable(result.text()));
        if (json) {
            const auto failed = std::find_if(result.objects.cbegin(), result.objects.cend(), [](const QJsonObject &event) {
                return event.value(u"status").toString() == u"failed";
            });
            QVERIFY2(failed != result.objects.cend(), qPrintable(result.text()));
            QVERIFY(failed->value(u"error").toObject().value(u"message").toString().startsWith(
                u"Your E2B account allows at most 1 hour"));
        }
    }
    QCOMPARE(server.liveSandboxCount(), 0);
}

// Another machine holds the account's only sandbox (E2B answers 429 with
// its concurrency message): the spawn waits, and says so where a user or a
// script reads it; the wait used to have no `detail` at all.
void TestE2bCliLifetime::heldBackByE2bsConcurrency_saysWhy_inJsonAndPlainOutput()
{
    FakeE2bServer::Options options;
    options.concurrencyLimit = 1;
    FakeE2bServer server(options);
    E2bWireClient elsewhere(server.url(), server.apiKey());
    for (const bool json : {true, false}) {
        const E2bWireClient::Reply other = elsewhere.api("POST", QStringLiteral("/sandboxes"),
                                                         R"({"templateID":"base","timeout":300})");
        QCOMPARE(other.status, 201);
        const qsizetype createsBefore = server.requestsTo(QStringLiteral("api POST /sandboxes")).size();
        QTemporaryDir dataDir;
        ForegroundRun run(dataDir.path());
        run.setEnvironment(e2bEnvironment(server));
        run.start(e2bSpawn(json));
        const QString expected = QStringLiteral("E2B's limit of sandboxes at once for this account (1) is reached");
        if (json) {
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(run.events().cbegin(), run.events().cend(),
                                                 [&expected](const QJsonObject &event) {
                                                     return event.value(u"status").toString() == u"queued"
                                                         && event.value(u"detail").toString().contains(expected);
                                                 })
                                         || !run.isRunning(),
                                     15000);
            QVERIFY2(run.isRunning(), qPrintable(run.transcript()));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(run.transcript().contains(expected) || !run.isRunning(), 15000);
            QVERIFY2(run.transcript().contains(u"queued       waiting for a sandbox: " + expected),
                     qPrintable(run.transcript()));
        }
        // What follows blames neither SpawnAI's creation rate nor anything else.
        QTRY_VERIFY_WITH_TIMEOUT(server.requestsTo(QStringLiteral("api POST /sandboxes")).size() >= createsBefore + 3,
                                 15000);
        QVERIFY2(!run.transcript().contains(u"a second"), qPrintable(run.transcript()));

        QCOMPARE(elsewhere.api("DELETE", u"/sandboxes/" + other.object().value(u"sandboxID").toString()).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(run.transcript().contains(u"Ready: ") || run.hasStatus(QStringLiteral("ready"))
                                     || !run.isRunning(),
                                 30000);
        QVERIFY2(run.transcript().contains(u"Ready: ") || run.hasStatus(QStringLiteral("ready")),
                 qPrintable(run.transcript()));
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit(15000));
        QCOMPARE(run.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    }
}

QTEST_GUILESS_MAIN(TestE2bCliLifetime)
#include "test_e2b_cli_lifetime.moc"
