// SPDX-License-Identifier: MIT
#include "export/appexport.h"
#include "export/appexporter.h"
#include "export/zipwriter.h"
#include "common/paths.h"
#include "store/promptimagestore.h"
#include "testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Exporting an app's code: a folder that `spawn --from-dir` takes back, and
// a ZIP that standard tools open.
class TestAppExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toFolder_writesEveryFileAndTheManifest();
    void toFolder_refusesToOverwrite();
    void toZip_isReadByPythonsZipfile();
    void zip_refusesPathsThatClimbOut();
    void exportOperation_writesWhileTheCallersLoopRuns();
    void exportOperation_reportsARefusalOnce();
    void exportOperation_carriesThePicturesAskedUpToTheVersion();

private:
    QString m_python;
};

namespace {
AppVersion sampleVersion()
{
    AppVersion version;
    version.version = 3;
    version.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 12));
    version.manifestJson = u"{\"runtime\":\"static\",\"port\":3000}"_s;
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += "body { color: red; } /* compresses well */\n";
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    version.files = {
        {u"index.html"_s, "<title>Hi</title>"_ba, false},
        {u"css/style.css"_s, big, false},
        {u"assets/logo.bin"_s, binary, false},
        {u"start.sh"_s, "#!/bin/sh\necho hi\n"_ba, true},
        {u"empty.txt"_s, QByteArray(), false},
        {u"données/ünï.json"_s, "{}"_ba, false},
    };
    return version;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestAppExporter::initTestCase()
{
    m_python = QStandardPaths::findExecutable(u"python3"_s);
}

void TestAppExporter::toFolder_writesEveryFileAndTheManifest()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"my-app"_s);
    const AppVersion version = sampleVersion();
    QVERIFY(!AppExporter::toFolder(version, target).isError());
    for (const AppFile &file : version.files)
        QCOMPARE(readAll(target + u'/' + file.path), file.content);
    QCOMPARE(readAll(target + u"/spawnai.json"_s), version.manifestJson.toUtf8());
    QVERIFY(QFileInfo(target + u"/start.sh"_s).isExecutable());
    QVERIFY(!QFileInfo(target + u"/index.html"_s).isExecutable());
}

void TestAppExporter::toFolder_refusesToOverwrite()
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(u"index.html"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    const SpawnError error = AppExporter::toFolder(sampleVersion(), dir.path());
    QVERIFY(error.isError());
    QVERIFY(error.message.contains(u"index.html"_s));
    QCOMPARE(readAll(existing.fileName()), "mine"_ba);
    QVERIFY(!QFile::exists(dir.filePath(u"start.sh"_s)));
}

void TestAppExporter::toZip_isReadByPythonsZipfile()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"app.zip"_s);
    const AppVersion version = sampleVersion();
    QVERIFY(!AppExporter::toZip(version, zipPath).isError());
    // Deflate made the repetitive stylesheet much smaller.
    QVERIFY(QFileInfo(zipPath).size() < version.files.at(1).content.size() / 4);

    QProcess test;
    test.start(m_python, {u"-m"_s, u"zipfile"_s, u"-t"_s, zipPath});
    QVERIFY(test.waitForFinished(30000));
    QCOMPARE(test.exitCode(), 0);
    QVERIFY2(test.readAllStandardOutput().contains("Done testing"), "zipfile -t found a bad entry");

    const QString unpacked = dir.filePath(u"out"_s);
    QProcess extract;
    extract.start(m_python, {u"-m"_s, u"zipfile"_s, u"-e"_s, zipPath, unpacked});
    QVERIFY(extract.waitForFinished(30000));
    QCOMPARE(extract.exitCode(), 0);
    for (const AppFile &file : version.files)
        QCOMPARE(readAll(unpacked + u'/' + file.path), file.content);
    QCOMPARE(readAll(unpacked + u"/spawnai.json"_s), version.manifestJson.toUtf8());

    // The executable bit travels in the entry's Unix mode.
    QProcess modes;
    modes.start(m_python, {u"-c"_s, u"import sys, zipfile\n"
                                   u"z = zipfile.ZipFile(sys.argv[1])\n"
                                   u"print(oct(z.getinfo('start.sh').external_attr >> 16))\n"
                                   u"print(z.getinfo('start.sh').date_time)"_s,
                           zipPath});
    QVERIFY(modes.waitForFinished(30000));
    const QByteArray out = modes.readAllStandardOutput();
    QVERIFY2(out.startsWith("0o100755"), out.constData());
    QVERIFY2(out.contains("(2026, 3, 1, 9, 30, 12)"), out.constData());
}

void TestAppExporter::zip_refusesPathsThatClimbOut()
{
    ZipWriter zip;
    zip.addFile(u"ok.txt"_s, "fine"_ba);
    zip.addFile(u"../evil.txt"_s, "no"_ba);
    QVERIFY(zip.archive().isEmpty());

    AppVersion version = sampleVersion();
    version.files.append({u"/etc/passwd"_s, "no"_ba, false});
    QTemporaryDir dir;
    QVERIFY(AppExporter::toZip(version, dir.filePath(u"x.zip"_s)).isError());
}

// What the GUI uses: the writing happens elsewhere, the caller's event loop
// keeps turning, and exactly one finished() arrives.
void TestAppExporter::exportOperation_writesWhileTheCallersLoopRuns()
{
    AppVersion version = sampleVersion();
    // Incompressible data, so that deflating it takes a noticeable while.
    QByteArray noise(4 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / qsizetype(sizeof(quint32)));
    for (int part = 0; part < 4; ++part)
        version.files.append({u"data/part%1.bin"_s.arg(part), noise, false});
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"app.zip"_s);
    AppExport exporting(version, zipPath, AppExport::Format::Zip);
    QSignalSpy finished(&exporting, &AsyncOperation::finished);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    QElapsedTimer clock;
    clock.start();
    exporting.start();
    const qint64 startTook = clock.elapsed();
    QCOMPARE(finished.count(), 0);  // never before the caller is back in its loop
    QVERIFY(finished.wait(60000));
    const qint64 total = clock.elapsed();
    QVERIFY2(exporting.succeeded(), qPrintable(exporting.error().message));
    QVERIFY2(startTook * 4 < total, qPrintable(u"start() %1 ms of %2 ms"_s.arg(startTook).arg(total)));
    QVERIFY(ticks > 0);  // the loop turned while the archive was written
    QVERIFY(QFileInfo(zipPath).size() > 16 * 1024 * 1024);
    QVERIFY(!finished.wait(100));  // and no second terminal signal
    QCOMPARE(finished.count(), 1);
}

void TestAppExporter::exportOperation_reportsARefusalOnce()
{
    QTemporaryDir dir;
    QVERIFY(!AppExporter::toFolder(sampleVersion(), dir.path()).isError());
    AppExport exporting(sampleVersion(), dir.path(), AppExport::Format::Folder);
    QSignalSpy finished(&exporting, &AsyncOperation::finished);
    exporting.start();
    QVERIFY(finished.wait());
    QCOMPARE(exporting.error().kind, ErrorKind::User);
    QVERIFY(exporting.error().message.contains(u"choose an empty folder"_s));
    QCOMPARE(finished.count(), 1);
}

void TestAppExporter::exportOperation_carriesThePicturesAskedUpToTheVersion()
{
    QTemporaryDir data;
    Paths::setDataDirOverride(data.path());
    QList<PromptImage> images{{u"image/png"_s, 20, 10, TestImages::png(20, 10), {}, u"a.png"_s},
                              {u"image/gif"_s, 3, 3, TestImages::gif(3, 3), {}, u"b.gif"_s}};
    QVERIFY(!PromptImageStore::save(u"s1"_s, images).isError());
    const AppVersion version = sampleVersion();
    // The prompt's picture came before the version; the later change's did not make it.
    ConversationMessage prompt;
    prompt.time = version.createdAt.addSecs(-60);
    prompt.images = {images.at(0).fileName};
    ConversationMessage answer = prompt;
    answer.role = ConversationMessage::Role::Assistant;
    ConversationMessage later = prompt;
    later.time = version.createdAt.addSecs(60);
    later.images = {images.at(1).fileName};
    const QStringList names = AppExporter::promptImageNames({prompt, answer, later}, version);
    QCOMPARE(names, QStringList{images.at(0).fileName});

    QTemporaryDir dir;
    const QString target = dir.filePath(u"app"_s);
    AppExport exporting(version, target, AppExport::Format::Folder);
    exporting.includePromptImages(u"s1"_s, names + QStringList{u"gone.png"_s});
    QSignalSpy finished(&exporting, &AsyncOperation::finished);
    exporting.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(exporting.succeeded(), qPrintable(exporting.error().message));  // a missing picture is left out
    QCOMPARE(readAll(target + u"/prompt-images/"_s + images.at(0).fileName), TestImages::png(20, 10));
    QVERIFY(!QFile::exists(target + u"/prompt-images/gone.png"_s));
    QVERIFY(QFile::exists(target + u"/index.html"_s));
    Paths::setDataDirOverride({});
}

QTEST_GUILESS_MAIN(TestAppExporter)
#include "test_appexporter.moc"
