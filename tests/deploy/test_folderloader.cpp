// SPDX-License-Identifier: MIT
#include "deploy/folderloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestFolderLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void folder_isLoadedWithExecutableBits();
    void missingManifest_isRefused();
    void symlink_isRefused();
    void symlinkedFolder_isRefused();
    void fifo_isRefused();
    void oversizedFile_isRefusedBeforeReading();
    void notAFolder_isRefused();

private:
    void write(const QString &relative, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFolderLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("spawnai.json"), R"({"type": "script", "start": "./run.sh"})");
    write(QStringLiteral("run.sh"), "#!/bin/sh\necho hi\n");
    write(QStringLiteral("lib/util.py"), "X = 1\n");
}

void TestFolderLoader::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestFolderLoader::folder_isLoadedWithExecutableBits()
{
    QFile::setPermissions(m_dir->filePath(QStringLiteral("run.sh")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    write(QStringLiteral("node_modules/x/index.js"), "skipped");
    write(QStringLiteral(".git/HEAD"), "skipped");
    SpawnError error;
    const auto bundle = FolderLoader::load(m_dir->path(), &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::Script);
    QCOMPARE(bundle->paths(), (QStringList{QStringLiteral("lib/util.py"), QStringLiteral("run.sh")}));
    QVERIFY(bundle->file(QStringLiteral("run.sh"))->executable);
    QVERIFY(!bundle->file(QStringLiteral("lib/util.py"))->executable);
    QCOMPARE(bundle->file(QStringLiteral("lib/util.py"))->content, QByteArray("X = 1\n"));
}

void TestFolderLoader::missingManifest_isRefused()
{
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("spawnai.json"))));
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("spawnai.json")), qPrintable(error.message));
}

void TestFolderLoader::symlink_isRefused()
{
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("do not copy");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), m_dir->filePath(QStringLiteral("lib/secret.txt"))));
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("\"lib/secret.txt\"")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.message));
}

void TestFolderLoader::symlinkedFolder_isRefused()
{
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), m_dir->filePath(QStringLiteral("escape"))));
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error));
    QVERIFY2(error.message.contains(QLatin1String("\"escape\"")), qPrintable(error.message));
}

void TestFolderLoader::fifo_isRefused()
{
    const QByteArray path = QFile::encodeName(m_dir->filePath(QStringLiteral("pipe")));
    QCOMPARE(::mkfifo(path.constData(), 0600), 0);
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error));
    QVERIFY2(error.message.contains(QLatin1String("\"pipe\"")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("not a regular file")), qPrintable(error.message));
}

void TestFolderLoader::oversizedFile_isRefusedBeforeReading()
{
    write(QStringLiteral("data.bin"), QByteArray(2048, 'x'));
    BundleLimits limits;
    limits.maxFileBytes = 1024;
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error, limits));
    QVERIFY2(error.message.contains(QLatin1String("\"data.bin\"")), qPrintable(error.message));

    limits = {};
    limits.maxFiles = 2;
    QVERIFY(!FolderLoader::load(m_dir->path(), &error, limits));
    QVERIFY2(error.message.contains(QLatin1String("more than 2 files")), qPrintable(error.message));
}

void TestFolderLoader::notAFolder_isRefused()
{
    SpawnError error;
    QVERIFY(!FolderLoader::load(m_dir->filePath(QStringLiteral("nope")), &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(error.message.contains(QLatin1String("not a folder")));
}

QTEST_GUILESS_MAIN(TestFolderLoader)
#include "test_folderloader.moc"
