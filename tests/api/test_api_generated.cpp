// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>

// An app a model writes, started and changed through the API of the real
// `spawnai serve`, with a fake Claude on 127.0.0.1 speaking Anthropic's
// streaming protocol: the prompt's start takes the CLI's path (key, client,
// SpawnLaunch), and a follow-up makes version 2.
class TestApiGenerated final : public QObject
{
    Q_OBJECT

private slots:
    void promptStart_andFollowUp_throughTheApi();
};

namespace {
// One streamed Claude answer with `text`, as the real API frames it.
FakeLlmServer::Response claudeAnswer(const QString &text)
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0),
                               Fixtures::textDelta(0, text.left(70)), Fixtures::textDelta(0, text.mid(70)),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

QString page(const QString &title)
{
    return QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server "
                          "3000\"}\n</manifest>\n<file path=\"index.html\">\n<!doctype html><html><head><title>%1</title>"
                          "</head><body>25:00</body></html>\n</file>\n</app>\n")
        .arg(title);
}
} // namespace

void TestApiGenerated::promptStart_andFollowUp_throughTheApi()
{
    FakeLlmServer claude;
    claude.enqueue(claudeAnswer(page(QStringLiteral("First"))));
    claude.enqueue(claudeAnswer(page(QStringLiteral("Second"))));
    QTemporaryDir dir;
    ServeProcess host(dir.path());
    QVERIFY2(host.start({}, {{QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test")},
                             {QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString()}}),
             qPrintable(host.transcript()));
    ApiTestClient client(host.url(), host.token());
    const ApiAnswer started = client.post(QStringLiteral("/api/v1/sessions"),
                                          {{QStringLiteral("prompt"), QStringLiteral("a pomodoro timer page")},
                                           {QStringLiteral("appType"), QStringLiteral("webapp")}});
    QVERIFY2(started.status == 202, qPrintable(QString::fromUtf8(started.body)));
    QCOMPARE(started.json().value(u"estimatedSeconds").toInt(), 60);
    const QString id = started.json().value(u"id").toString();
    const QString one = QStringLiteral("/api/v1/sessions/") + id;
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), QStringLiteral("ready"), 30000);
    const QJsonObject session = client.get(one).json();
    QCOMPARE(session.value(u"provider").toString(), QStringLiteral("anthropic"));
    QVERIFY(session.value(u"estimatedCost").toDouble() > 0);
    QVERIFY(client.get(one + u"/files/index.html").body.contains("<title>First</title>"));

    const ApiAnswer changed = client.post(one + u"/messages", {{QStringLiteral("text"), QStringLiteral("call it Second")}});
    QVERIFY2(changed.status == 202, qPrintable(QString::fromUtf8(changed.body)));
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one + u"/versions").json().value(u"versions").toArray().size(), 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(one).json().value(u"status").toString(), QStringLiteral("ready"), 30000);
    QVERIFY(client.get(one + u"/files/index.html").body.contains("<title>Second</title>"));
    QVERIFY(client.get(one + u"/files/index.html?version=1").body.contains("<title>First</title>"));
    // What the follow-up changed: one line of index.html, in JSON and as a patch.
    const QJsonObject diff = client.get(one + u"/versions/1/diff/2").json();
    QCOMPARE(diff.value(u"added").toInt(), 1);
    QCOMPARE(diff.value(u"deleted").toInt(), 1);
    const QJsonArray changedFiles = diff.value(u"files").toArray();
    QCOMPARE(changedFiles.size(), 1);
    QCOMPARE(changedFiles.at(0).toObject().value(u"path").toString(), QStringLiteral("index.html"));
    const ApiAnswer patch = client.get(one + u"/versions/1/diff/2?format=unified");
    QCOMPARE(patch.contentType, QByteArray("text/x-diff; charset=utf-8"));
    QVERIFY2(patch.body.contains("-<!doctype html><html><head><title>First</title>")
                 && patch.body.contains("+<!doctype html><html><head><title>Second</title>"),
             patch.body.constData());
    const QJsonArray listed = client.get(one + u"/versions").json().value(u"versions").toArray();
    QCOMPARE(listed.at(1).toObject().value(u"linesAdded").toInt(), 1);
    QCOMPARE(listed.at(1).toObject().value(u"filesChanged").toInt(), 1);
    QCOMPARE(claude.requests().first().header("x-api-key"), QByteArrayLiteral("sk-ant-test"));
    // The API's token goes nowhere near the model's service.
    for (const auto &request : claude.requests())
        QVERIFY(!request.body.contains(host.token()));

    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
}

QTEST_GUILESS_MAIN(TestApiGenerated)
#include "test_api_generated.moc"
