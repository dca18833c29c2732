// SPDX-License-Identifier: MIT
#include "common/installid.h"
#include "common/paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The install id decides which cloud sandboxes the orphan sweep may end, so
// it must stay the same for one data directory and differ between two.
class TestInstallId : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Paths::setDataDirOverride({}); }

    void staysTheSameForOneDataDirectory()
    {
        QTemporaryDir dir;
        Paths::setDataDirOverride(dir.path());
        const QString first = InstallId::get();
        QCOMPARE(first.size(), 32);
        QCOMPARE(InstallId::get(), first);

        QTemporaryDir other;
        Paths::setDataDirOverride(other.path());
        QVERIFY(InstallId::get() != first);
    }

    void replacesADamagedFile()
    {
        QTemporaryDir dir;
        Paths::setDataDirOverride(dir.path());
        QFile file(dir.filePath(QStringLiteral("install-id")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an id&metadata=x\n");
        file.close();
        const QString id = InstallId::get();
        QCOMPARE(id.size(), 32);
        QCOMPARE(InstallId::get(), id);
    }
};

QTEST_GUILESS_MAIN(TestInstallId)
#include "test_installid.moc"
