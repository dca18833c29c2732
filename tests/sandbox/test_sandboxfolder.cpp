// SPDX-License-Identifier: MIT
#include "sandbox/local/sandboxfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

// The start-up pass over <data>/sandboxes: a folder goes only when the
// SpawnAI that made it is gone (docs/local-sandbox.md).
class TestSandboxFolder final : public QObject
{
    Q_OBJECT

private slots:
    void removeStale_keepsWhatARunningSpawnAiOwns();
};

namespace {
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    process.waitForFinished(10000);
    return process.processId() > 0 ? process.processId() : 0x3fffffff;
}

void ownedBy(const QString &dir, qint64 pid)
{
    QVERIFY(QDir().mkpath(dir));
    QFile owner(dir + QStringLiteral("/owner"));
    QVERIFY(owner.open(QIODevice::WriteOnly));
    owner.write(QByteArray::number(pid));
}

void makeOld(const QString &dir)
{
    struct timeval times[2] = {{1000000000, 0}, {1000000000, 0}};
    QVERIFY(::utimes(QFile::encodeName(dir).constData(), times) == 0);
}
} // namespace

void TestSandboxFolder::removeStale_keepsWhatARunningSpawnAiOwns()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dir = root.path();
    QString error;
    QVERIFY2(SandboxFolder::claim(dir + QStringLiteral("/local-0000000000000001"), &error), qPrintable(error));
    ownedBy(dir + QStringLiteral("/local-0000000000000002"), 1);  // init: running
    ownedBy(dir + QStringLiteral("/local-0000000000000003"), deadPid());
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/local-0000000000000004")));  // just made, not claimed yet
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/local-0000000000000005")));  // a crash before the claim
    makeOld(dir + QStringLiteral("/local-0000000000000005"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/something-else")));
    makeOld(dir + QStringLiteral("/something-else"));

    SandboxFolder::removeStale(dir);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("local-0000000000000001"), QStringLiteral("local-0000000000000002"),
                          QStringLiteral("local-0000000000000004"), QStringLiteral("something-else")}));

    // Never the current directory.
    SandboxFolder::removeStale({});
    QVERIFY(QDir(dir).exists(QStringLiteral("local-0000000000000001")));
}

QTEST_GUILESS_MAIN(TestSandboxFolder)
#include "test_sandboxfolder.moc"
