// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "httpfetch.h"
#include "secretprobe.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

// `spawn --env` and `--env-from-keychain`, `secret set|remove`, through the
// real program: the app sees the value, its printed copy is hidden in the
// log, and no file of the data folder holds it (docs/security.md).
class TestCliEnv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void envFromThisEnvironment_reachesTheApp_notTheDataFolder();
    void envFromKeychain_usesTheSavedValue();
    void badFlags_exitWithACode_andNeverShowTheValue();

private:
    QProcessEnvironment environment() const;
};

namespace {
const QByteArray Secret = "cli-s3cr3t-value-0815";

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// An API app that prints FOO and answers its SHA-256.
void writeApp(const QString &dir)
{
    writeFile(dir + QStringLiteral("/spawnai.json"), R"({"type": "api", "port": 3000, "start": "python3 main.py"})");
    writeFile(dir + QStringLiteral("/main.py"),
              "import hashlib, http.server, os\n"
              "secret = os.environ['FOO']\n"
              "print('the key is ' + secret, flush=True)\n"
              "class Handler(http.server.BaseHTTPRequestHandler):\n"
              "    def do_GET(self):\n"
              "        body = hashlib.sha256(secret.encode()).hexdigest().encode()\n"
              "        self.send_response(200)\n"
              "        self.send_header('Content-Length', str(len(body)))\n"
              "        self.end_headers()\n"
              "        self.wfile.write(body)\n"
              "http.server.HTTPServer(('0.0.0.0', int(os.environ['PORT'])), Handler).serve_forever()\n");
}

QByteArray expectedHash()
{
    return QCryptographicHash::hash(Secret, QCryptographicHash::Sha256).toHex();
}
} // namespace

void TestCliEnv::initTestCase()
{
    qputenv("SPAWNAI_KEYCHAIN_SERVICE", "spawnai-test-cli-env");
}

QProcessEnvironment TestCliEnv::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPAWNAI_KEYCHAIN_SERVICE"), QStringLiteral("spawnai-test-cli-env"));
    return environment;
}

void TestCliEnv::envFromThisEnvironment_reachesTheApp_notTheDataFolder()
{
    QTemporaryDir dataDir;
    QTemporaryDir app;
    writeApp(app.path());
    QProcessEnvironment withFoo = environment();
    withFoo.insert(QStringLiteral("FOO"), QString::fromUtf8(Secret));
    ForegroundRun run(dataDir.path());
    run.setEnvironment(withFoo);
    run.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(), QStringLiteral("--env"),
               QStringLiteral("FOO"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(fetchBody(run.url()), expectedHash());
    const QString id = run.sessionId();
    const CliResult shown = runCli(dataDir.path(), {QStringLiteral("show"), id}, 20000, environment());
    QTRY_VERIFY_WITH_TIMEOUT(runCli(dataDir.path(), {QStringLiteral("show"), id}, 20000, environment())
                                 .out.contains("the key is [FOO hidden]"),
                             10000);
    QVERIFY(!shown.text().toUtf8().contains(Secret));
    QVERIFY2(shown.text().contains(u"Env       FOO"), qPrintable(shown.text()));
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QVERIFY(!run.transcript().toUtf8().contains(Secret));
    QCOMPARE(SecretProbe::filesContaining(dataDir.path(), Secret), QStringList());

    // A redeploy reads it from the keychain; a delete removes it there.
    ForegroundRun again(dataDir.path());
    again.setEnvironment(environment());
    again.start({QStringLiteral("redeploy"), id, QStringLiteral("--json")});
    WAIT_FOR_STATUS(again, "ready", 30000);
    QCOMPARE(fetchBody(again.url()), expectedHash());
    again.signal(SIGTERM);
    QVERIFY(again.waitForExit(15000));
    const CliResult deleted = runCli(dataDir.path(), {QStringLiteral("delete"), id}, 20000, environment());
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.text()));
    ForegroundRun afterDelete(dataDir.path());
    afterDelete.setEnvironment(environment());
    afterDelete.start({QStringLiteral("redeploy"), id, QStringLiteral("--json")});
    QVERIFY(afterDelete.waitForExit(30000));
    QVERIFY2(afterDelete.transcript().contains(u"no value for the app's environment variable FOO"),
             qPrintable(afterDelete.transcript()));
    QCOMPARE(SecretProbe::filesContaining(dataDir.path(), Secret), QStringList());
}

void TestCliEnv::envFromKeychain_usesTheSavedValue()
{
    QProcess set;
    set.setProcessEnvironment(environment());
    set.start(QStringLiteral(SPAWNAI_BINARY), {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("FOO")});
    set.write(Secret + '\n');
    set.closeWriteChannel();
    QVERIFY(set.waitForFinished(20000));
    QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());

    QTemporaryDir dataDir;
    QTemporaryDir app;
    writeApp(app.path());
    ForegroundRun run(dataDir.path());
    run.setEnvironment(environment());
    run.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(), QStringLiteral("--env-from-keychain"),
               QStringLiteral("FOO"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(fetchBody(run.url()), expectedHash());
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));

    const CliResult removed =
        runCli({}, {QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("FOO")}, 20000, environment());
    QCOMPARE(removed.exitCode, 0);
    const CliResult missing = runCli(dataDir.path(), {QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(),
                                                      QStringLiteral("--env-from-keychain"), QStringLiteral("FOO")},
                                     20000, environment());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.text().contains(u"secret set FOO"), qPrintable(missing.text()));
}

void TestCliEnv::badFlags_exitWithACode_andNeverShowTheValue()
{
    QTemporaryDir dataDir;
    const QString secret = QString::fromUtf8(Secret);
    const QStringList spawn{QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site")};
    const QList<QStringList> refused{
        spawn + QStringList{QStringLiteral("--env"), QStringLiteral("1BAD=") + secret},
        spawn + QStringList{QStringLiteral("--env"), QStringLiteral("PORT=") + secret},
        spawn + QStringList{QStringLiteral("--env"), QStringLiteral("=") + secret},
        spawn + QStringList{QStringLiteral("--env"), QStringLiteral("SPAWNAI_TEST_UNSET_VARIABLE")},
        {QStringLiteral("list"), QStringLiteral("--env"), QStringLiteral("FOO=") + secret},
        {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("FOO")},
    };
    for (const QStringList &arguments : refused) {
        const CliResult result = runCli(dataDir.path(), arguments, 20000, environment());
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u": " + result.text()));
        QVERIFY(!result.text().contains(secret));
    }
}

QTEST_GUILESS_MAIN(TestCliEnv)
#include "test_cli_env.moc"
