// SPDX-License-Identifier: MIT
#include "common/paths.h"
#include "workflow/runregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Which process runs a session, from the pid file it left in the data
// folder. After a crash, a restart must not take a stale file for a live
// owner: otherwise the session is never resumed or ended.
class TestRunRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Paths::setDataDirOverride(m_dir.path());
    }

    void claimedSession_isOwnedByThisProcess()
    {
        RunRegistry registry;
        registry.claim(SessionId);
        QCOMPARE(RunRegistry::owner(SessionId), QCoreApplication::applicationPid());
        registry.release(SessionId);
        QCOMPARE(RunRegistry::owner(SessionId), 0);
    }

    void reusedPid_isNotTheOwner()
    {
        // This process's pid, but another start time: the pid of a crashed
        // run that the kernel has since given to someone else.
        writePidFile(QByteArray::number(QCoreApplication::applicationPid()) + " 1");
        QCOMPARE(RunRegistry::owner(SessionId), 0);
    }

    void zombie_isNotTheOwner()
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        // Not reaped yet: kill(pid, 0) still succeeds on a zombie.
        QTRY_VERIFY(zombie(child));
        writePidFile(QByteArray::number(child));
        QCOMPARE(RunRegistry::owner(SessionId), 0);
        ::waitpid(child, nullptr, 0);
    }

    void fileWithoutStartTime_stillNamesALiveOwner()
    {
        writePidFile(QByteArray::number(QCoreApplication::applicationPid()));
        QCOMPARE(RunRegistry::owner(SessionId), QCoreApplication::applicationPid());
    }

    void goneProcess_isNotTheOwner()
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        ::waitpid(child, nullptr, 0);
        writePidFile(QByteArray::number(child));
        QCOMPARE(RunRegistry::owner(SessionId), 0);
    }

private:
    static bool zombie(pid_t pid)
    {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
    }

    void writePidFile(const QByteArray &content)
    {
        QFile file(RunRegistry::runDir() + u'/' + SessionId + u".pid"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    static inline const QString SessionId = u"0b6c2f7e-8d1a-4c3b-9e5f-1a2b3c4d5e6f"_s;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunRegistry)
#include "test_runregistry.moc"
