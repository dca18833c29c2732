// SPDX-License-Identifier: MIT
#include "sandbox/local/localsandboxprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "hostprocesses.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include <algorithm>
#include <csignal>
#include <optional>
#include <unistd.h>

// The `spawnai` program as a user or a script sees it: what it prints, what
// it serves, how it ends, and that it leaves nothing running behind.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spawnTemplate_reportsEveryStatus_servesThePage_andSigtermStopsIt();
    void spawnTemplate_ctrlCInTheTerminal_stopsItTheSameWay();
    void spawnPythonScript_servesTheScriptsOutput();
    void spawnFromDir_servesATinyFolder();
    void spawnRefusals_exitWithACodeAndSayWhy_data();
    void spawnRefusals_exitWithACodeAndSayWhy();
    void failingStartCommand_exits1_andShowKeepsTheError();
    void spawnWithTimeout_endsExpired();
    void listShowAndStop_fromASecondProcess();
    void crashedSpawn_leavesNothingRunning_andRedeployBringsTheSessionBack();
    void helpVersionAndUnknownOptions();
    void spawnExpressApi_installsFromNpm_andTheSecondSpawnUsesTheCache();
    void spawnPrompt_aFakeClaudeWritesTheApp();
    void interactive_eachLineChangesTheRunningApp();
    void sonnet45_costsWhatItCosts_inEventsAndCosts();
    void unknownPrice_underABudget_isRefusedBeforeAnythingIsSent();
    void unknownPrice_withoutABudget_isCountedApart();
};

namespace {
using namespace std::chrono_literals;

// ---------------------------------------------------------------- processes

// Host processes whose command line contains `marker`.
QList<qint64> processesWithMarker(const QByteArray &marker)
{
    QList<qint64> pids;
    for (const HostProcess &process : allProcesses()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            pids << process.pid;
    }
    return pids;
}

// A number no other test run on this machine uses, for `sleep N` markers.
QByteArray uniqueMarker(int which)
{
    return "7420" + QByteArray::number(QCoreApplication::applicationPid()) + QByteArray::number(which);
}

// ---------------------------------------------------------------- HTTP

struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    int status = 0;
    QByteArray body;
};

Fetched fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Fetched result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    delete reply;
    return result;
}

QString titleOf(const QByteArray &html)
{
    static const QRegularExpression title(QStringLiteral("<title>\\s*(.*?)\\s*</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    return title.match(QString::fromUtf8(html)).captured(1);
}

// ---------------------------------------------------------------- the program


const QStringList UpToReady{QStringLiteral("queued"), QStringLiteral("provisioning"), QStringLiteral("deploying"),
                            QStringLiteral("starting"), QStringLiteral("ready")};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(content);
}

QJsonObject onlySession(const QString &dataDir)
{
    const CliResult list = runCli(dataDir, {QStringLiteral("list"), QStringLiteral("--json")});
    if (list.exitCode != 0 || list.objects.size() != 1) {
        qWarning().noquote() << "list --json:" << list.text();
        return {};
    }
    return list.objects.first();
}
// One streamed Claude answer with `text`, as the real API frames it.
FakeLlmServer::Response claudeAnswer(const QString &text)
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0), Fixtures::textDelta(0, text.left(70)),
                               Fixtures::textDelta(0, text.mid(70)), Fixtures::blockStop(0),
                               Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"), Fixtures::messageStop()});
}

// An answer billed as `model`, with these token counts.
FakeLlmServer::Response claudeAnswerAs(const QString &text, const QByteArray &model, qint64 input, qint64 output)
{
    return FakeLlmServer::sse({Fixtures::messageStart(input, 0, 0, model), Fixtures::textStart(0),
                               Fixtures::textDelta(0, text), Fixtures::blockStop(0),
                               Fixtures::messageDelta("end_turn", R"({"output_tokens":)" + QByteArray::number(output) + "}"),
                               Fixtures::messageStop()});
}

const QString SimplePage = QStringLiteral(
    "<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n</manifest>\n"
    "<file path=\"index.html\">\n<!doctype html><html><head><title>Timer</title></head><body>25:00</body></html>\n"
    "</file>\n</app>\n");

// The environment of a spawnai that talks to `claude` with a test key.
QProcessEnvironment talkingTo(const FakeLlmServer &claude)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
    environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString());
    return environment;
}
} // namespace

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestCli::spawnTemplate_reportsEveryStatus_servesThePage_andSigtermStopsIt()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);

    QCOMPARE(run.statuses(), UpToReady);
    QVERIFY2(run.linesThatAreNotJson().isEmpty(), qPrintable(run.linesThatAreNotJson().join(u'\n')));
    const QString id = run.sessionId();
    QVERIFY(!id.isEmpty());
    for (const QJsonObject &event : run.events()) {
        QCOMPARE(event.value(u"session").toString(), id);
        QVERIFY(!event.value(u"event").toString().isEmpty());
        QVERIFY(!event.value(u"time").toString().isEmpty());
    }
    const QUrl url = run.url();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);

    const Fetched page = fetch(url);
    QCOMPARE(page.error, QNetworkReply::NoError);
    QCOMPARE(page.status, 200);
    QCOMPARE(titleOf(page.body), QStringLiteral("SpawnAI Starter"));

    const QList<HostProcess> sandbox = descendantsOf(run.pid());
    QVERIFY2(hasProcessNamed(sandbox, "bwrap"), qPrintable(describe(sandbox).join(u'\n')));

    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.lastEvent().value(u"event").toString(), QStringLiteral("status"));
    QCOMPARE(run.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY2(!run.lastEvent().contains(u"error"), qPrintable(run.transcript()));

    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    QVERIFY(fetch(url).error != QNetworkReply::NoError);
    const QJsonObject session = onlySession(dataDir.path());
    QCOMPARE(session.value(u"session").toString(), id);
    QCOMPARE(session.value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY(!session.contains(u"url"));
}

void TestCli::spawnTemplate_ctrlCInTheTerminal_stopsItTheSameWay()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"), QStringLiteral("--json")},
              /*asInATerminal=*/true);
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QUrl url = run.url();
    QCOMPARE(titleOf(fetch(url).body), QStringLiteral("SpawnAI Starter"));

    // Ctrl-C reaches every process of the terminal's foreground job. The
    // sandbox must not be part of it: SpawnAI stops the sandbox itself, and a
    // sandbox that dies from the Ctrl-C first turns the stop into a failure
    // ("the app stopped by itself", exit code 1) whenever SpawnAI is slower.
    const QList<HostProcess> sandbox = descendantsOf(run.pid());
    QVERIFY2(hasProcessNamed(sandbox, "bwrap"), qPrintable(describe(sandbox).join(u'\n')));
    QList<HostProcess> inTheJob;
    for (const HostProcess &process : sandbox) {
        if (process.group == run.pid())
            inTheJob << process;
    }
    QVERIFY2(inTheJob.isEmpty(), qPrintable(u"in the terminal's job: " + describe(inTheJob).join(u", ")));

    run.signalGroup(SIGINT);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY2(!run.lastEvent().contains(u"error"), qPrintable(run.transcript()));
    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    QVERIFY(fetch(url).error != QNetworkReply::NoError);
    QCOMPARE(onlySession(dataDir.path()).value(u"status").toString(), QStringLiteral("stopped"));
}

void TestCli::spawnPythonScript_servesTheScriptsOutput()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("python-script"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(run.statuses(), UpToReady);

    const Fetched page = fetch(run.url());
    QCOMPARE(page.status, 200);
    // What resources/templates/python-script/main.py prints.
    const QString text = QString::fromUtf8(page.body);
    QVERIFY2(text.contains(u"SpawnAI starter report: The Little Bakery"), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"Total revenue"));
    QVERIFY(text.contains(u"Edit main.py and redeploy to change this report."));

    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
}

void TestCli::spawnFromDir_servesATinyFolder()
{
    QTemporaryDir dataDir;
    QTemporaryDir app;
    QVERIFY(dataDir.isValid() && app.isValid());
    writeFile(app.filePath(QStringLiteral("spawnai.json")), R"({"type": "webapp"})");
    writeFile(app.filePath(QStringLiteral("index.html")),
              "<!doctype html><html><head><title>Tiny folder app</title></head><body>hello from a folder</body></html>");

    // Plain output this time, as a person reads it.
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path()});
    QTRY_VERIFY_WITH_TIMEOUT(run.transcript().contains(u"Ready: http://127.0.0.1:") || !run.isRunning(), 20000);
    static const QRegularExpression ready(QStringLiteral("Ready: (http://127\\.0\\.0\\.1:\\d+/)"));
    const QRegularExpressionMatch match = ready.match(run.transcript());
    QVERIFY2(match.hasMatch(), qPrintable(run.transcript()));
    const Fetched page = fetch(QUrl(match.captured(1)));
    QCOMPARE(page.status, 200);
    QCOMPARE(titleOf(page.body), QStringLiteral("Tiny folder app"));

    const QList<HostProcess> sandbox = descendantsOf(run.pid());
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    const QJsonObject session = onlySession(dataDir.path());
    QCOMPARE(session.value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY2(session.value(u"prompt").toString().contains(QDir(app.path()).absolutePath()),
             qPrintable(session.value(u"prompt").toString()));
}

void TestCli::spawnRefusals_exitWithACodeAndSayWhy_data()
{
    QTest::addColumn<QByteArray>("manifest");  // null: no spawnai.json; "-": no folder at all
    QTest::addColumn<QStringList>("arguments");  // after `spawn`; DIR is the app folder
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    const QStringList fromDir{QStringLiteral("--from-dir"), QStringLiteral("DIR")};
    QTest::newRow("no spawnai.json") << QByteArray() << fromDir << false << 2 << QStringList{QStringLiteral("spawnai.json")};
    QTest::newRow("no spawnai.json, json") << QByteArray() << fromDir << true << 2 << QStringList{QStringLiteral("spawnai.json")};
    QTest::newRow("git url in install.npm")
        << QByteArray(R"({"type": "api", "start": "node server.js", "install": {"npm": ["git+https://x"]}})") << fromDir << true
        << 2 << QStringList{QStringLiteral("spawnai.json"), QStringLiteral("install.npm"), QStringLiteral("git+https://x")};
    QTest::newRow("unknown field") << QByteArray(R"({"type": "webapp", "colour": "blue"})") << fromDir << false << 2
                                   << QStringList{QStringLiteral("spawnai.json"), QStringLiteral("colour")};
    QTest::newRow("missing folder") << QByteArray("-") << fromDir << false << 3 << QStringList{QStringLiteral("DIR")};
    QTest::newRow("unknown template") << QByteArray() << QStringList{QStringLiteral("--template"), QStringLiteral("blog")}
                                      << false << 3
                                      << QStringList{QStringLiteral("blog"), QStringLiteral("static-site"),
                                                     QStringLiteral("express-api"), QStringLiteral("python-script")};
    QTest::newRow("template and folder") << QByteArray() << QStringList{QStringLiteral("--template"), QStringLiteral("static-site"),
                                                                          QStringLiteral("--from-dir"), QStringLiteral("DIR")}
                                         << false << 2 << QStringList{QStringLiteral("--template"), QStringLiteral("--from-dir")};
}

void TestCli::spawnRefusals_exitWithACodeAndSayWhy()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QStringList, arguments);
    QFETCH(bool, json);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    QTemporaryDir dataDir;
    QTemporaryDir parent;
    QVERIFY(dataDir.isValid() && parent.isValid());
    const QString appDir = parent.filePath(QStringLiteral("my-app"));
    if (manifest != "-") {
        QVERIFY(QDir().mkpath(appDir));
        writeFile(appDir + u"/index.html", "<p>hi</p>");
        writeFile(appDir + u"/server.js", "require('http')");
        if (!manifest.isNull())
            writeFile(appDir + u"/spawnai.json", manifest);
    }
    arguments.replaceInStrings(QStringLiteral("DIR"), appDir);
    mentions.replaceInStrings(QStringLiteral("DIR"), appDir);
    QStringList command{QStringLiteral("spawn")};
    command += arguments;
    if (json)
        command << QStringLiteral("--json");

    const CliResult result = runCli(dataDir.path(), command);
    QCOMPARE(result.exitCode, exitCode);
    QString said;
    if (json) {
        QVERIFY2(result.objects.size() == 1, qPrintable(result.text()));
        QCOMPARE(result.objects.first().value(u"event").toString(), QStringLiteral("error"));
        said = result.objects.first().value(u"message").toString();
    } else {
        QVERIFY2(result.out.isEmpty(), qPrintable(result.text()));
        said = QString::fromUtf8(result.err);
    }
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(said.contains(word), qPrintable(u"\"" + word + u"\" not in: " + said));
    // Nothing was started, so nothing is in the history.
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.objects.isEmpty(), qPrintable(list.text()));
}

void TestCli::failingStartCommand_exits1_andShowKeepsTheError()
{
    QTemporaryDir dataDir;
    QTemporaryDir app;
    QVERIFY(dataDir.isValid() && app.isValid());
    // First a marked `sleep` in a session of its own (so only the end of
    // the whole sandbox ends it), then the app that fails.
    const QByteArray marker = uniqueMarker(1);
    const QString start = QStringLiteral("python3 -c \"import subprocess; subprocess.Popen(['sleep', '%1'], start_new_session=True); print('marked')\"; "
                                         "python3 -c 'import sys; print(\"boom\"); sys.exit(7)'")
                              .arg(QString::fromLatin1(marker));
    writeFile(app.filePath(QStringLiteral("spawnai.json")),
              QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("webapp")}, {QStringLiteral("start"), start}}).toJson());
    writeFile(app.filePath(QStringLiteral("index.html")), "<p>never served</p>");

    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(), QStringLiteral("--json")});
    QVERIFY(run.waitForExit(30000));
    QCOMPARE(run.exitCode(), 1);
    QVERIFY2(!run.hasStatus(QStringLiteral("ready")), qPrintable(run.transcript()));
    const QJsonObject failed = run.lastEvent();
    QCOMPARE(failed.value(u"status").toString(), QStringLiteral("failed"));
    const QJsonObject error = failed.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), QStringLiteral("user"));
    const QString message = error.value(u"message").toString();
    QVERIFY2(message.contains(u"code 7"), qPrintable(message));
    QVERIFY2(message.contains(u"boom"), qPrintable(message));

    const CliResult show = runCli(dataDir.path(), {QStringLiteral("show"), run.sessionId(), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.objects.size(), 1);
    const QJsonObject session = show.objects.first();
    QCOMPARE(session.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(session.value(u"error").toObject().value(u"kind").toString(), QStringLiteral("user"));
    QCOMPARE(session.value(u"error").toObject().value(u"message").toString(), message);
    QVERIFY(!session.contains(u"url"));
    QVERIFY2(session.value(u"logTail").toString().contains(u"boom"), qPrintable(show.text()));
    const QJsonArray timeline = session.value(u"timeline").toArray();
    QVERIFY(!timeline.isEmpty());
    QCOMPARE(timeline.last().toObject().value(u"to").toString(), QStringLiteral("failed"));

    // The sandbox went with the failure: nothing of it is left.
    QVERIFY2(session.value(u"logTail").toString().contains(u"marked"), qPrintable(show.text()));
    QTRY_VERIFY_WITH_TIMEOUT(processesWithMarker(marker).isEmpty(), 10000);
}

void TestCli::spawnWithTimeout_endsExpired()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
               QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QUrl url = run.url();
    const QList<HostProcess> sandbox = descendantsOf(run.pid());
    QCOMPARE(titleOf(fetch(url).body), QStringLiteral("SpawnAI Starter"));

    // It ends by itself when its time is up: not a failure.
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.statuses(), UpToReady + QStringList{QStringLiteral("expired")});
    QVERIFY2(!run.lastEvent().contains(u"error"), qPrintable(run.transcript()));
    // Its two seconds are well within the five minutes' warning: told at once.
    QJsonObject expiry;
    for (const QJsonObject &event : run.events()) {
        if (event.value(u"event").toString() == u"expiry")
            expiry = event;
    }
    QVERIFY2(!expiry.isEmpty(), qPrintable(run.transcript()));
    QCOMPARE(expiry.value(u"session").toString(), run.sessionId());
    QVERIFY(QDateTime::fromString(expiry.value(u"expiresAt").toString(), Qt::ISODate).isValid());
    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    QVERIFY(fetch(url).error != QNetworkReply::NoError);
    QCOMPARE(onlySession(dataDir.path()).value(u"status").toString(), QStringLiteral("expired"));
}

void TestCli::listShowAndStop_fromASecondProcess()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QString id = run.sessionId();
    const QUrl url = run.url();
    const QList<HostProcess> sandbox = descendantsOf(run.pid());

    const QJsonObject listed = onlySession(dataDir.path());
    QCOMPARE(listed.value(u"session").toString(), id);
    QCOMPARE(listed.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(listed.value(u"url").toString(), url.toString());
    QCOMPARE(listed.value(u"template").toString(), QStringLiteral("static-site"));

    const CliResult listText = runCli(dataDir.path(), {QStringLiteral("list")});
    QCOMPARE(listText.exitCode, 0);
    QVERIFY2(listText.text().contains(id) && listText.text().contains(u"ready"), qPrintable(listText.text()));

    // By a unique prefix of the id, as people type it.
    const CliResult show = runCli(dataDir.path(), {QStringLiteral("show"), id.left(8)});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.text().contains(id), qPrintable(show.text()));
    QVERIFY2(show.text().contains(url.toString()), qPrintable(show.text()));
    QVERIFY2(show.text().contains(u"ready"), qPrintable(show.text()));
    const CliResult showJson = runCli(dataDir.path(), {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(showJson.exitCode, 0);
    QCOMPARE(showJson.objects.size(), 1);
    QCOMPARE(showJson.objects.first().value(u"status").toString(), QStringLiteral("ready"));
    QStringList timeline;
    for (const QJsonValue &entry : showJson.objects.first().value(u"timeline").toArray()) {
        if (entry.toObject().contains(u"to"))
            timeline << entry.toObject().value(u"to").toString();
    }
    QCOMPARE(timeline, UpToReady);

    const CliResult unknown = runCli(dataDir.path(), {QStringLiteral("show"), QStringLiteral("ffffffff")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.text().contains(u"ffffffff"), qPrintable(unknown.text()));

    const CliResult stop = runCli(dataDir.path(), {QStringLiteral("stop"), id.left(8), QStringLiteral("--json")});
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.objects.size() == 1, qPrintable(stop.text()));
    QCOMPARE(stop.objects.first().value(u"session").toString(), id);
    QCOMPARE(stop.objects.first().value(u"status").toString(), QStringLiteral("stopped"));

    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    QVERIFY(fetch(url).error != QNetworkReply::NoError);
    QCOMPARE(onlySession(dataDir.path()).value(u"status").toString(), QStringLiteral("stopped"));

    // Stopping it again is fine and changes nothing.
    const CliResult again = runCli(dataDir.path(), {QStringLiteral("stop"), id});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(onlySession(dataDir.path()).value(u"status").toString(), QStringLiteral("stopped"));
}

void TestCli::crashedSpawn_leavesNothingRunning_andRedeployBringsTheSessionBack()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QString id;
    {
        ForegroundRun run(dataDir.path());
        run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"), QStringLiteral("--json")});
        WAIT_FOR_STATUS(run, "ready", 20000);
        id = run.sessionId();
        const QUrl url = run.url();
        const QList<HostProcess> sandbox = descendantsOf(run.pid());
        QVERIFY2(hasProcessNamed(sandbox, "bwrap"), qPrintable(describe(sandbox).join(u'\n')));

        run.signal(SIGKILL);
        QVERIFY(run.waitForExit(10000));
        QCOMPARE(run.exitCode(), -1);
        // The sandbox dies with its parent.
        QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
        QVERIFY(fetch(url).error != QNetworkReply::NoError);
    }

    // The next start of SpawnAI tells what happened and how to get it back.
    const QJsonObject session = onlySession(dataDir.path());
    QCOMPARE(session.value(u"session").toString(), id);
    QCOMPARE(session.value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY(!session.contains(u"url"));
    const QString message = session.value(u"error").toObject().value(u"message").toString();
    QVERIFY2(message.contains(u"redeploy"), qPrintable(message));

    ForegroundRun redeploy(dataDir.path());
    redeploy.start({QStringLiteral("redeploy"), id, QStringLiteral("--json")});
    WAIT_FOR_STATUS(redeploy, "ready", 20000);
    QCOMPARE(redeploy.statuses(), UpToReady);
    QCOMPARE(redeploy.sessionId(), id);
    QCOMPARE(titleOf(fetch(redeploy.url()).body), QStringLiteral("SpawnAI Starter"));
    const QJsonObject back = onlySession(dataDir.path());
    QCOMPARE(back.value(u"status").toString(), QStringLiteral("ready"));
    QVERIFY2(!back.contains(u"error"), qPrintable(QString::fromUtf8(QJsonDocument(back).toJson())));

    const QList<HostProcess> sandbox = descendantsOf(redeploy.pid());
    redeploy.signal(SIGTERM);
    QVERIFY(redeploy.waitForExit(15000));
    QCOMPARE(redeploy.exitCode(), 0);
    QCOMPARE(redeploy.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
    QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    QCOMPARE(onlySession(dataDir.path()).value(u"status").toString(), QStringLiteral("stopped"));
}

void TestCli::helpVersionAndUnknownOptions()
{
    const CliResult help = runCli({}, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"spawn", "list", "show", "stop", "redeploy"})
        QVERIFY2(help.text().contains(QLatin1String(command)), command);
    QVERIFY(help.text().contains(u"--template"));
    QVERIFY(help.text().contains(u"--from-dir"));

    const CliResult version = runCli({}, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(QString::fromUtf8(version.out).trimmed(), QStringLiteral("spawnai " SPAWNAI_EXPECTED_VERSION));

    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const CliResult unknown = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.text().contains(u"--frobnicate"), qPrintable(unknown.text()));

    const CliResult missingId = runCli(dataDir.path(), {QStringLiteral("stop")});
    QCOMPARE(missingId.exitCode, 2);
    const CliResult noApp = runCli(dataDir.path(), {QStringLiteral("spawn")});
    QCOMPARE(noApp.exitCode, 2);
    QVERIFY2(noApp.text().contains(u"--template"), qPrintable(noApp.text()));
}

void TestCli::spawnExpressApi_installsFromNpm_andTheSecondSpawnUsesTheCache()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    for (int round = 1; round <= 2; ++round) {
        ForegroundRun run(dataDir.path());
        run.start({QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("express-api"), QStringLiteral("--json")});
        // The first round installs express from the npm registry.
        WAIT_FOR_STATUS(run, "ready", round == 1 ? 90000 : 30000);
        QCOMPARE(run.statuses(), UpToReady);

        const QUrl health = run.url().resolved(QUrl(QStringLiteral("/api/health")));
        const Fetched reply = fetch(health);
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object(), QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));
        if (round == 2) {
            bool restored = false;
            for (const QJsonObject &event : run.events())
                restored |= event.value(u"event").toString() == u"log" && event.value(u"text").toString().contains(u"dependency cache");
            QVERIFY2(restored, qPrintable(run.transcript()));
        }

        const QList<HostProcess> sandbox = descendantsOf(run.pid());
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit(15000));
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.lastEvent().value(u"status").toString(), QStringLiteral("stopped"));
        QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(sandbox).isEmpty(), qPrintable(stillAlive(sandbox).join(u'\n')), 10000);
    }
}

void TestCli::spawnPrompt_aFakeClaudeWritesTheApp()
{
    // A server on 127.0.0.1 that speaks Anthropic's streaming protocol.
    FakeLlmServer claude;
    const QString answer = QStringLiteral(
        "<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n</manifest>\n"
        "<file path=\"index.html\">\n<!doctype html><html><head><title>Pomodoro</title></head><body>25:00</body></html>\n"
        "</file>\n</app>\n");
    claude.enqueue(claudeAnswer(answer));
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(talkingTo(claude));
    run.start({QStringLiteral("spawn"), QStringLiteral("a pomodoro timer page"), QStringLiteral("--type"), QStringLiteral("webapp"),
               QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(run.statuses(), QStringList({QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("validating"),
                                          QStringLiteral("provisioning"), QStringLiteral("deploying"), QStringLiteral("starting"),
                                          QStringLiteral("ready")}));
    bool sawFile = false;
    bool sawCost = false;
    for (const QJsonObject &event : run.events()) {
        sawFile = sawFile || (event.value(u"event").toString() == u"file" && event.value(u"path").toString() == u"index.html");
        sawCost = sawCost || (event.value(u"event").toString() == u"cost" && event.value(u"total").toDouble() > 0);
    }
    QVERIFY(sawFile);
    QVERIFY(sawCost);
    QCOMPARE(titleOf(fetch(run.url()).body), QStringLiteral("Pomodoro"));
    QCOMPARE(claude.requests().size(), 1);
    QCOMPARE(claude.requests().first().header("x-api-key"), QByteArrayLiteral("sk-ant-test"));
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
}

void TestCli::interactive_eachLineChangesTheRunningApp()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(QStringLiteral(
        "<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n"
        "<file path=\"index.html\">\n<html><head><title>First</title></head></html>\n</file>\n</app>\n")));
    claude.enqueue(claudeAnswer(QStringLiteral(
        "<app>\n<file path=\"index.html\">\n<html><head><title>Second</title></head></html>\n</file>\n</app>\n")));
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(talkingTo(claude));
    run.start({QStringLiteral("spawn"), QStringLiteral("a page"), QStringLiteral("--interactive"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    const QUrl url = run.url();
    QCOMPARE(titleOf(fetch(url).body), QStringLiteral("First"));
    run.type("call it Second\n");
    WAIT_FOR_STATUS(run, "updating", 15000);
    QTRY_VERIFY_WITH_TIMEOUT(run.statuses().count(QStringLiteral("ready")) == 2 || !run.isRunning(), 30000);
    QCOMPARE(titleOf(fetch(url).body), QStringLiteral("Second"));
    QVERIFY(claude.requests().at(1).body.contains("call it Second"));
    run.type("/restore 1\n");
    QTRY_VERIFY_WITH_TIMEOUT(run.statuses().count(QStringLiteral("ready")) == 3 || !run.isRunning(), 30000);
    QCOMPARE(titleOf(fetch(url).body), QStringLiteral("First"));
    QCOMPARE(claude.requests().size(), 2);
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
}

// The issue's case: Claude Sonnet 4.5 (a dated id, as the API answers), 1,000
// tokens in and 2,000 out, is $0.033 in the cost event and in `costs`.
void TestCli::sonnet45_costsWhatItCosts_inEventsAndCosts()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswerAs(SimplePage, "claude-sonnet-4-5-20250929", 1000, 2000));
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(talkingTo(claude));
    run.start({QStringLiteral("spawn"), QStringLiteral("a timer page"), QStringLiteral("--model"),
               QStringLiteral("claude-sonnet-4-5"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QJsonObject cost;
    for (const QJsonObject &event : run.events()) {
        if (event.value(u"event").toString() == u"cost")
            cost = event;
    }
    QVERIFY2(qFuzzyCompare(cost.value(u"cost").toDouble(), 0.033), qPrintable(QString::number(cost.value(u"cost").toDouble())));
    QVERIFY(cost.value(u"priced").toBool());
    QCOMPARE(cost.value(u"step").toString(), u"prompt");
    QCOMPARE(cost.value(u"model").toString(), u"claude-sonnet-4-5-20250929");
    QVERIFY(qFuzzyCompare(cost.value(u"total").toDouble(), 0.033));
    // The prompt was counted before anything was generated.
    QCOMPARE(claude.countRequests().size(), 1);
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));

    const CliResult costs = runCli(dataDir.path(), {QStringLiteral("costs"), QStringLiteral("--json")});
    QCOMPARE(costs.exitCode, 0);
    const QJsonObject report = costs.objects.constFirst();
    QVERIFY(report.value(u"priced").toBool());
    QVERIFY(qFuzzyCompare(report.value(u"totals").toObject().value(u"llmCost").toDouble(), 0.033));
    QCOMPARE(report.value(u"unpriced").toObject().value(u"requests").toInteger(), 0);

    // show says the same of the session.
    const CliResult shown = runCli(dataDir.path(), {QStringLiteral("show"), cost.value(u"session").toString(), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject sessionCosts = shown.objects.constFirst().value(u"costs").toObject();
    QVERIFY(qFuzzyCompare(sessionCosts.value(u"total").toDouble(), 0.033));
    QVERIFY(sessionCosts.value(u"priced").toBool());
    const CliResult text = runCli(dataDir.path(), {QStringLiteral("show"), cost.value(u"session").toString()});
    QVERIFY2(text.text().contains(u"Cost      $0.03"), qPrintable(text.text()));
}

void TestCli::unknownPrice_underABudget_isRefusedBeforeAnythingIsSent()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswerAs(SimplePage, "claude-future-9", 1000, 2000));
    QTemporaryDir dataDir;
    QProcessEnvironment environment = talkingTo(claude);
    environment.insert(QStringLiteral("SPAWNAI_BUDGET_MONTH"), QStringLiteral("5"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(SPAWNAI_BINARY));
    process.setArguments(withDataDir(dataDir.path(), {QStringLiteral("spawn"), QStringLiteral("a timer page"),
                                                      QStringLiteral("--model"), QStringLiteral("claude-future-9")}));
    process.start();
    QVERIFY(process.waitForFinished(20000));
    const QString said = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(said.contains(u"claude-future-9") && said.contains(u"Prices"), qPrintable(said));
    QCOMPARE(claude.requests().size(), 0);
    QCOMPARE(claude.countRequests().size(), 0);
}

void TestCli::unknownPrice_withoutABudget_isCountedApart()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswerAs(SimplePage, "claude-future-9", 1000, 2000));
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    QProcessEnvironment environment = talkingTo(claude);
    environment.insert(QStringLiteral("SPAWNAI_BUDGET_MONTH"), QStringLiteral("0"));
    environment.insert(QStringLiteral("SPAWNAI_BUDGET_SESSION"), QStringLiteral("0"));
    run.setEnvironment(environment);
    run.start({QStringLiteral("spawn"), QStringLiteral("a timer page"), QStringLiteral("--model"),
               QStringLiteral("claude-future-9"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QJsonObject cost;
    for (const QJsonObject &event : run.events()) {
        if (event.value(u"event").toString() == u"cost")
            cost = event;
    }
    QCOMPARE(cost.value(u"priced").toBool(true), false);
    QCOMPARE(cost.value(u"priceStatus").toString(), u"unknown");
    QCOMPARE(cost.value(u"unpriced").toObject().value(u"inputTokens").toInteger(), 1000);
    QCOMPARE(cost.value(u"unpriced").toObject().value(u"outputTokens").toInteger(), 2000);
    QCOMPARE(cost.value(u"totalPriced").toBool(true), false);
    QCOMPARE(claude.countRequests().size(), 0);  // nothing to refine for a model without a price
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));

    const CliResult costs = runCli(dataDir.path(), {QStringLiteral("costs"), QStringLiteral("--json")});
    const QJsonObject report = costs.objects.constFirst();
    QCOMPARE(report.value(u"priced").toBool(true), false);
    const QJsonObject unpriced = report.value(u"unpriced").toObject();
    QCOMPARE(unpriced.value(u"requests").toInteger(), 1);
    QCOMPARE(unpriced.value(u"models").toArray().first().toObject().value(u"model").toString(), u"claude-future-9");
    const QJsonArray models = report.value(u"byModel").toArray();
    QCOMPARE(models.first().toObject().value(u"priced").toBool(true), false);
    const CliResult text = runCli(dataDir.path(), {QStringLiteral("costs")});
    QVERIFY2(text.text().contains(u"claude-future-9") && text.text().contains(u"not in the total"), qPrintable(text.text()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
