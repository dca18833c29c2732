// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "storetestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

// `spawnai diff ID [A] [B] [--stat]` on a history with three versions: the
// unified diff is what GNU patch applies to the older version's files.
class TestCliDiff final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void latestAgainstTheOneBefore_isAPatchThatApplies();
    void chosenVersions_stat_andJson();
    void wrongVersions_sayWhatExists();

private:
    StoreFixture m_fixture;
    QString m_id;
};

void TestCliDiff::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    QVERIFY(m_fixture.open());
    m_id = sessionIn(m_fixture.store(), SessionStatus::Stopped);
    QVERIFY(!m_id.isEmpty());
    const QString manifest = QStringLiteral(R"({"type":"webapp","port":3000,"start":"python3 -m http.server 3000"})");
    SessionStore &store = m_fixture.store();
    QCOMPARE(store.saveAppVersion(m_id, manifest, {{QStringLiteral("index.html"), "<h1>One</h1>\n<p>a</p>\n", false}},
                                  QStringLiteral("generated")),
             1);
    QCOMPARE(store.saveAppVersion(m_id, manifest,
                                  {{QStringLiteral("index.html"), "<h1>Two</h1>\n<p>a</p>\n", false},
                                   {QStringLiteral("style.css"), "body { color: red }\n", false}},
                                  QStringLiteral("follow-up: add a style")),
             2);
    QCOMPARE(store.saveAppVersion(m_id, manifest,
                                  {{QStringLiteral("index.html"), "<h1>Two</h1>\n<p>b</p>\n<p>c</p>\n", false}},
                                  QStringLiteral("follow-up: drop the style")),
             3);
    m_fixture.close();
}

void TestCliDiff::latestAgainstTheOneBefore_isAPatchThatApplies()
{
    const CliResult result = runCli(m_fixture.dataDir(), {QStringLiteral("diff"), m_id.left(8)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("diff --git a/index.html b/index.html\n"), result.out.constData());
    QVERIFY(result.out.contains("-<p>a</p>\n+<p>b</p>\n+<p>c</p>\n"));
    QVERIFY(result.out.contains("deleted file mode 100644\n--- a/style.css\n+++ /dev/null\n"));

    QTemporaryDir work;
    QDir().mkpath(work.path());
    QFile index(work.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<h1>Two</h1>\n<p>a</p>\n");
    index.close();
    QFile style(work.filePath(QStringLiteral("style.css")));
    QVERIFY(style.open(QIODevice::WriteOnly));
    style.write("body { color: red }\n");
    style.close();
    QProcess patch;
    patch.setWorkingDirectory(work.path());
    patch.start(QStringLiteral("patch"), {QStringLiteral("-p1"), QStringLiteral("-s")});
    patch.write(result.out);
    patch.closeWriteChannel();
    QVERIFY(patch.waitForFinished(20000));
    QCOMPARE(patch.exitCode(), 0);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("<h1>Two</h1>\n<p>b</p>\n<p>c</p>\n"));
    QVERIFY(!QFileInfo::exists(style.fileName()));
}

void TestCliDiff::chosenVersions_stat_andJson()
{
    const CliResult stat = runCli(m_fixture.dataDir(), {QStringLiteral("diff"), m_id, QStringLiteral("1"),
                                                        QStringLiteral("2"), QStringLiteral("--stat")});
    QCOMPARE(stat.exitCode, 0);
    QVERIFY2(stat.out.startsWith(" index.html | +1 -1\n style.css  | +1 -0\n2 file"), stat.out.constData());

    // One version only: it against the latest.
    const CliResult json = runCli(m_fixture.dataDir(), {QStringLiteral("diff"), m_id, QStringLiteral("1"),
                                                        QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.objects.size(), 1);
    const QJsonObject object = json.objects.constFirst();
    QCOMPARE(object.value(u"from").toInt(), 1);
    QCOMPARE(object.value(u"to").toInt(), 3);
    QCOMPARE(object.value(u"sessionId").toString(), m_id);
    const QJsonArray files = object.value(u"files").toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(u"added").toInt(), 3);
    QCOMPARE(files.at(0).toObject().value(u"deleted").toInt(), 2);
}

void TestCliDiff::wrongVersions_sayWhatExists()
{
    const CliResult missing = runCli(m_fixture.dataDir(), {QStringLiteral("diff"), m_id, QStringLiteral("7")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.text().contains(u"There is no version 7; this session has versions 1 to 3"), qPrintable(missing.text()));
    const CliResult word = runCli(m_fixture.dataDir(), {QStringLiteral("diff"), m_id, QStringLiteral("latest")});
    QCOMPARE(word.exitCode, 2);
    const CliResult noId = runCli(m_fixture.dataDir(), {QStringLiteral("diff")});
    QCOMPARE(noId.exitCode, 2);
    const CliResult statElsewhere = runCli(m_fixture.dataDir(), {QStringLiteral("list"), QStringLiteral("--stat")});
    QCOMPARE(statElsewhere.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "test_cli_diff.moc"
