// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "common/imageheader.h"
#include "fakellmserver.h"
#include "llmfixtures.h"
#include "sandbox/local/localsandboxprovider.h"
#include "testimages.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `spawnai spawn "…" --image FILE` through the real program against a fake
// Claude: what the model receives (a small picture as it is, a large one
// scaled to 1568 pixels), what is kept in the data folder and for how long,
// and the pictures refused before anything is sent.
class TestCliImages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spawnWithImages_theModelSeesThem_andTheyGoWithTheSession();
    void repair_resendsTheFirstTurnsPictures_only();
    void refusedImages_nothingIsSent();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_files;
};

namespace {
FakeLlmServer::Response claudeAnswer(const QString &text)
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0), Fixtures::textDelta(0, text),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

const QString Page = u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n"
                     "</manifest>\n<file path=\"index.html\">\n<!doctype html><title>Sketch</title>\n</file>\n</app>\n"_s;

QProcessEnvironment talkingTo(const FakeLlmServer &claude)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-test"_s);
    environment.insert(u"ANTHROPIC_BASE_URL"_s, claude.url().toString());
    return environment;
}

QByteArray photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}
} // namespace

QString TestCliImages::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

void TestCliImages::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestCliImages::spawnWithImages_theModelSeesThem_andTheyGoWithTheSession()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(Page));
    const QByteArray sketch = TestImages::png(40, 30);
    const QString small = write(u"sketch.png"_s, sketch);
    const QString large = write(u"photo.jpg"_s, photo(3136, 2352));
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(talkingTo(claude));
    run.start({u"spawn"_s, u"a page like this sketch"_s, u"--image"_s, small, u"--image"_s, large, u"--json"_s});
    WAIT_FOR_STATUS(run, "ready", 30000);
    const QString id = run.sessionId();

    QCOMPARE(claude.requests().size(), 1);
    const QByteArray body = claude.requests().first().body;
    // The small one exactly as it is, first, then the text.
    const QByteArray smallFirst = QByteArray(R"("content":[{"source":{"data":")") + sketch.toBase64()
                                  + R"(","media_type":"image/png","type":"base64"},"type":"image"},)";
    QVERIFY2(body.contains(smallFirst), body.left(400).constData());
    const QJsonArray blocks = QJsonDocument::fromJson(body).object().value(u"messages").toArray().first()
                                  .toObject().value(u"content").toArray();
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(2).toObject().value(u"type").toString(), u"text"_s);
    // The large one scaled to 1568 on its long side, still a JPEG.
    const QJsonObject source = blocks.at(1).toObject().value(u"source").toObject();
    QCOMPARE(source.value(u"media_type").toString(), u"image/jpeg"_s);
    const QByteArray sent = QByteArray::fromBase64(source.value(u"data").toString().toLatin1());
    const std::optional<ImageHeader> header = ImageHeader::read(sent);
    QVERIFY(header);
    QCOMPARE(header->width, 1568);
    QCOMPARE(header->height, 1176);
    // The count the estimate started from included them (count_tokens got them too).
    QVERIFY(!claude.countRequests().isEmpty());
    QVERIFY(claude.countRequests().first().body.contains(sketch.toBase64()));

    // Kept in the data folder by content, not in the database.
    const QDir folder(dataDir.path() + u"/images/"_s + id);
    const QStringList stored = folder.entryList(QDir::Files, QDir::Name);
    QCOMPARE(stored.size(), 2);
    QVERIFY(stored.contains(QString::fromLatin1(QCryptographicHash::hash(sketch, QCryptographicHash::Sha256).toHex())
                            + u".png"_s));
    QFile database(dataDir.path() + u"/spawnai.sqlite"_s);
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(sketch.toBase64()));
    {
        // The turn names its pictures, in the order sent.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(database.fileName());
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT images FROM conversation_messages WHERE role = 'user' ORDER BY id"_s, db);
        QVERIFY(query.next());
        const QJsonArray names = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.at(0).toString(), stored.filter(u".png"_s).value(0));
        QCOMPARE(names.at(1).toString(), stored.filter(u".jpg"_s).value(0));
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    const CliResult purged = runCli(dataDir.path(), {u"delete"_s, id, u"--purge"_s});
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.text()));
    QVERIFY(!folder.exists());
}

void TestCliImages::repair_resendsTheFirstTurnsPictures_only()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(u"Here is your page, I hope you like it."_s));  // no <app>: repaired
    claude.enqueue(claudeAnswer(Page));
    const QByteArray sketch = TestImages::gif(120, 90);
    const QString path = write(u"wireframe.gif"_s, sketch);
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(talkingTo(claude));
    run.start({u"spawn"_s, u"a page like this"_s, u"--image"_s, path, u"--json"_s});
    WAIT_FOR_STATUS(run, "ready", 30000);
    QCOMPARE(claude.requests().size(), 2);
    const QJsonArray turns =
        QJsonDocument::fromJson(claude.requests().at(1).body).object().value(u"messages").toArray();
    QCOMPARE(turns.size(), 3);  // the prompt with its picture, the refused answer, the repair
    const QJsonArray first = turns.at(0).toObject().value(u"content").toArray();
    QCOMPARE(first.at(0).toObject().value(u"source").toObject().value(u"data").toString().toLatin1(), sketch.toBase64());
    const QByteArray repair = QJsonDocument(turns.at(2).toObject()).toJson(QJsonDocument::Compact);
    QVERIFY2(!repair.contains("\"image\""), repair.constData());
    QCOMPARE(claude.requests().at(1).body.count(sketch.toBase64()), 1);
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
}

void TestCliImages::refusedImages_nothingIsSent()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(Page));
    QTemporaryDir dataDir;
    const QList<std::pair<QString, QString>> cases{
        {write(u"notes.png"_s, "plain text, named like a picture"), u"PNG, JPEG, WebP or GIF"_s},
        {write(u"banner.gif"_s, TestImages::gif(9000, 40)), u"8000 pixels"_s},
        {write(u"huge.png"_s, TestImages::png(10, 10) + QByteArray(5 * 1024 * 1024, 'x')), u"5 MB"_s},
        {m_files.filePath(u"absent.webp"_s), u"absent.webp"_s},
    };
    for (const auto &[path, says] : cases) {
        const CliResult result = runCli(dataDir.path(), {u"spawn"_s, u"a page"_s, u"--image"_s, path}, 20000,
                                        talkingTo(claude));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.text().contains(QFileInfo(path).fileName()) && result.text().contains(says),
                 qPrintable(result.text()));
    }
    const CliResult template_ = runCli(dataDir.path(), {u"spawn"_s, u"--template"_s, u"static-site"_s, u"--image"_s,
                                                        cases.first().first});
    QCOMPARE(template_.exitCode, 2);
    QVERIFY2(template_.text().contains(u"--image"), qPrintable(template_.text()));
    QVERIFY(claude.requests().isEmpty());
    QVERIFY(claude.countRequests().isEmpty());
}

QTEST_MAIN(TestCliImages)
#include "test_cli_images.moc"
