// SPDX-License-Identifier: MIT
#include "clirun.h"

#include <QJsonArray>
#include <QTemporaryDir>

// `spawn --allow-scripts` and `redeploy --allow-scripts` through the real
// program: the approval is stored with the session (show says it), a
// redeploy adds to it, and a name that is no package name, or the flag
// where it means nothing, exits with 2 before anything starts.
// What an approval does to an install: test_deployerscripts, test_installscripts.
class TestCliAllowScripts final : public QObject
{
    Q_OBJECT

private slots:
    void allowScripts_isStoredWithTheSessionAndGrowsOnRedeploy();
    void badNames_andMisplacedFlags_exitWith2();
};

namespace {
// A page whose manifest asks for sharp's install scripts; nothing to install,
// so no network is needed.
void writeApp(const QString &dir)
{
    QFile manifest(dir + QStringLiteral("/spawnai.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"type": "webapp", "install": {"npmScripts": ["sharp"]}})");
    QFile page(dir + QStringLiteral("/index.html"));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<h1>scripts</h1>");
}

QStringList approved(const QString &dataDir, const QString &id)
{
    const CliResult shown = runCli(dataDir, {QStringLiteral("show"), id, QStringLiteral("--json")}, 20000);
    for (const QJsonObject &object : shown.objects) {
        if (object.value(u"session").toString() == id) {
            QStringList names;
            for (const QJsonValue &name : object.value(u"allowScripts").toArray())
                names << name.toString();
            return names;
        }
    }
    qWarning().noquote() << "show printed no session:" << shown.text();
    return {QStringLiteral("(none)")};
}
} // namespace

void TestCliAllowScripts::allowScripts_isStoredWithTheSessionAndGrowsOnRedeploy()
{
    QTemporaryDir dataDir;
    QTemporaryDir app;
    writeApp(app.path());
    ForegroundRun run(dataDir.path());
    run.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(), QStringLiteral("--allow-scripts"),
               QStringLiteral("sharp,bcrypt"), QStringLiteral("--json")});
    WAIT_FOR_STATUS(run, "ready", 30000);
    const QString id = run.sessionId();
    QCOMPARE(approved(dataDir.path(), id), (QStringList{QStringLiteral("bcrypt"), QStringLiteral("sharp")}));
    const CliResult text = runCli(dataDir.path(), {QStringLiteral("show"), id}, 20000);
    QVERIFY2(text.text().contains(u"Scripts   bcrypt, sharp"), qPrintable(text.text()));
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));

    ForegroundRun again(dataDir.path());
    again.start({QStringLiteral("redeploy"), id, QStringLiteral("--allow-scripts"), QStringLiteral("Pillow"),
                 QStringLiteral("--json")});
    WAIT_FOR_STATUS(again, "ready", 30000);
    QCOMPARE(approved(dataDir.path(), id),
             (QStringList{QStringLiteral("Pillow"), QStringLiteral("bcrypt"), QStringLiteral("sharp")}));
    again.signal(SIGTERM);
    QVERIFY(again.waitForExit(15000));

    // Without the flag nothing is approved.
    ForegroundRun plain(dataDir.path());
    plain.start({QStringLiteral("spawn"), QStringLiteral("--from-dir"), app.path(), QStringLiteral("--json")});
    WAIT_FOR_STATUS(plain, "ready", 30000);
    QCOMPARE(approved(dataDir.path(), plain.sessionId()), QStringList());
    plain.signal(SIGTERM);
    QVERIFY(plain.waitForExit(15000));
}

void TestCliAllowScripts::badNames_andMisplacedFlags_exitWith2()
{
    QTemporaryDir dataDir;
    const QStringList spawn{QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site")};
    const QList<QStringList> refused{
        spawn + QStringList{QStringLiteral("--allow-scripts"), QStringLiteral("sharp@0.33")},
        spawn + QStringList{QStringLiteral("--allow-scripts"), QStringLiteral("sharp,:all:")},
        spawn + QStringList{QStringLiteral("--allow-scripts=$(id)")},
        spawn + QStringList{QStringLiteral("--allow-scripts")},
        {QStringLiteral("list"), QStringLiteral("--allow-scripts"), QStringLiteral("sharp")},
        {QStringLiteral("redeploy"), QStringLiteral("abc"), QStringLiteral("--detach"), QStringLiteral("--allow-scripts"),
         QStringLiteral("sharp")},
    };
    for (const QStringList &arguments : refused) {
        const CliResult result = runCli(dataDir.path(), arguments, 20000);
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(u' ') + u": " + result.text()));
    }
    const CliResult help = runCli({}, {QStringLiteral("--help")}, 20000);
    QVERIFY2(help.text().contains(u"--allow-scripts"), qPrintable(help.text()));
}

QTEST_GUILESS_MAIN(TestCliAllowScripts)
#include "test_cli_allowscripts.moc"
