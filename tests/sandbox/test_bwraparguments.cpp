// SPDX-License-Identifier: MIT
#include "sandbox/local/bwraparguments.h"

#include <QTemporaryDir>
#include <QTest>

class TestBwrapArguments final : public QObject
{
    Q_OBJECT

private slots:
    void arguments_bindNothingWritableFromTheHostButTheSocketFolder();
    void etc_isSynthesizedWithoutHostAccounts();
};

void TestBwrapArguments::arguments_bindNothingWritableFromTheHostButTheSocketFolder()
{
    BwrapLayout layout;
    layout.agentBinary = QStringLiteral("/opt/agent");
    layout.etcDir = QStringLiteral("/data/sbx/etc");
    layout.socketDir = QStringLiteral("/data/sbx/sock");
    layout.workspaceBytes = 1000;
    layout.tmpBytes = 500;
    const QStringList args = BwrapArguments::build(layout);
    QVERIFY(args.contains(QStringLiteral("--unshare-all")));
    QVERIFY(args.contains(QStringLiteral("--die-with-parent")));
    QVERIFY(args.contains(QStringLiteral("--clearenv")));
    QVERIFY(!args.contains(QStringLiteral("--share-net")));
    QStringList writableSources;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == u"--bind" || args[i] == u"--dev-bind")
            writableSources << args[i + 1];
    }
    QCOMPARE(writableSources, QStringList{layout.socketDir});
    const qsizetype home = args.indexOf(QStringLiteral("/home/user"));
    QCOMPARE(args.at(home - 1), QStringLiteral("--tmpfs"));
    QCOMPARE(args.at(home - 2), QStringLiteral("1000"));
    QCOMPARE(args.last(), QStringLiteral("/run/spawnai/agent"));
}

void TestBwrapArguments::etc_isSynthesizedWithoutHostAccounts()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(BwrapArguments::writeEtc(dir.path(), 1000, &error));
    QFile passwd(dir.filePath(QStringLiteral("passwd")));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    const QByteArray content = passwd.readAll();
    QVERIFY(content.contains("user:x:1000:1000"));
    QCOMPARE(content.count('\n'), 2);
    QVERIFY(!content.contains("root"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("resolv.conf"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hosts"))));
}

QTEST_GUILESS_MAIN(TestBwrapArguments)
#include "test_bwraparguments.moc"
