// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "fakellmserver.h"
#include "llmfixtures.h"
#include "testimages.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The API's "images" on a new session and a follow-up, against the real
// `spawnai serve` and a fake Claude: what Claude receives, the refusals
// (naming the item) before anything is sent, and curl's large body.
class TestApiImages final : public QObject
{
    Q_OBJECT

private slots:
    void imagesOnStartAndFollowUp_reachClaude();
};

namespace {
FakeLlmServer::Response claudeAnswer(const QString &title)
{
    const QString page = u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server "
                         "3000\"}\n</manifest>\n<file path=\"index.html\">\n<!doctype html><title>%1</title>\n</file>\n"
                         "</app>\n"_s.arg(title);
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0), Fixtures::textDelta(0, page),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

QString dataUri(const QByteArray &bytes, const char *type)
{
    return QString::fromLatin1("data:" + QByteArray(type) + ";base64," + bytes.toBase64());
}

QByteArray imageBlock(const QByteArray &bytes, const char *type)
{
    return R"({"source":{"data":")" + bytes.toBase64() + R"(","media_type":")" + type
           + R"(","type":"base64"},"type":"image"})";
}
} // namespace

void TestApiImages::imagesOnStartAndFollowUp_reachClaude()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(u"First"_s));
    claude.enqueue(claudeAnswer(u"Second"_s));
    QTemporaryDir dir;
    ServeProcess host(dir.path());
    QVERIFY2(host.start({}, {{u"ANTHROPIC_API_KEY"_s, u"sk-ant-test"_s}, {u"ANTHROPIC_BASE_URL"_s, claude.url().toString()}}),
             qPrintable(host.transcript()));
    ApiTestClient client(host.url(), host.token());

    // Refused, naming the item, with nothing sent.
    const QJsonObject notAnImage{{u"prompt"_s, u"a page"_s},
                                 {u"images"_s, QJsonArray{dataUri("hello", "image/png")}}};
    ApiAnswer refused = client.post(u"/api/v1/sessions"_s, notAnImage);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"error").toObject().value(u"field").toString(), u"images[0]"_s);
    const QJsonObject tooWide{{u"prompt"_s, u"a page"_s},
                              {u"images"_s, QJsonArray{QJsonObject{
                                                {u"mediaType"_s, u"image/gif"_s},
                                                {u"data"_s, QString::fromLatin1(TestImages::gif(9000, 10).toBase64())}}}}};
    refused = client.post(u"/api/v1/sessions"_s, tooWide, ApiClientKind::Curl);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("8000 pixels"), refused.body.constData());
    const QJsonObject withTemplate{{u"template"_s, u"static-site"_s},
                                   {u"images"_s, QJsonArray{dataUri(TestImages::png(2, 2), "image/png")}}};
    QCOMPARE(client.post(u"/api/v1/sessions"_s, withTemplate).status, 400);
    // Pictures do not let a 2 MiB prompt through.
    const QJsonObject longPrompt{{u"prompt"_s, QString(2 * 1024 * 1024, u'a')},
                                 {u"images"_s, QJsonArray{dataUri(TestImages::png(2, 2), "image/png")}}};
    QCOMPARE(client.post(u"/api/v1/sessions"_s, longPrompt).status, 413);
    QVERIFY(claude.requests().isEmpty());
    QVERIFY(claude.countRequests().isEmpty());

    // A sketch as a data URI, and a 3 MB picture as {mediaType, data}: a
    // body of over 4 MB, which only these routes take.
    const QByteArray sketch = TestImages::png(64, 48);
    const QByteArray padded = TestImages::jpeg(800, 600) + QByteArray(3 * 1024 * 1024, '\0');
    const QJsonObject start{
        {u"prompt"_s, u"a page like this sketch"_s},
        {u"appType"_s, u"webapp"_s},
        {u"images"_s, QJsonArray{dataUri(sketch, "image/png"),
                                 QJsonObject{{u"mediaType"_s, u"image/jpeg"_s},
                                             {u"data"_s, QString::fromLatin1(padded.toBase64())}}}}};
    const ApiAnswer started = client.post(u"/api/v1/sessions"_s, start, ApiClientKind::Curl);
    QVERIFY2(started.status == 202, started.body.constData());
    const QString one = u"/api/v1/sessions/"_s + started.json().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), u"ready"_s, 30000);
    const QByteArray first = claude.requests().first().body;
    const QByteArray both = QByteArray(R"("content":[)") + imageBlock(sketch, "image/png") + ','
                            + imageBlock(padded, "image/jpeg") + ",{";
    QVERIFY2(first.contains(both), first.left(300).constData());
    // The estimate counted both pictures: (64 x 48 + 800 x 600) / 750 tokens at least.
    QVERIFY(client.get(one).json().value(u"estimatedCost").toDouble() > 0);

    // A follow-up with a picture of its own: only that turn carries it.
    const QByteArray mark = TestImages::gif(10, 10);
    const ApiAnswer changed = client.post(
        one + u"/messages"_s,
        {{u"text"_s, u"add this logo"_s}, {u"images"_s, QJsonArray{dataUri(mark, "image/gif")}}});
    QVERIFY2(changed.status == 202, changed.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(claude.requests().size(), 2, 30000);
    const QByteArray second = claude.requests().at(1).body;
    QVERIFY(second.contains(imageBlock(mark, "image/gif")));
    QVERIFY(second.indexOf(imageBlock(mark, "image/gif")) > second.lastIndexOf("\"role\":\"assistant\""));
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), u"ready"_s, 30000);
    QCOMPARE(QDir(dir.path() + u"/images/"_s + started.json().value(u"id").toString()).entryList(QDir::Files).size(), 3);

    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
}

QTEST_GUILESS_MAIN(TestApiImages)
#include "test_api_images.moc"
