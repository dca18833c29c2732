// SPDX-License-Identifier: MIT
// `spawnai mcp` over its pipes: the protocol (lifecycle, negotiation,
// errors), the tools against a fake host, progress and cancellation.
#include "fakehost.h"
#include "mcpclient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
QString text(const QJsonObject &result)
{
    return result.value(u"content").toArray().at(0).toObject().value(u"text").toString();
}

int errorCode(const QJsonObject &message)
{
    return message.value(u"error").toObject().value(u"code").toInt();
}
} // namespace

class TestMcp : public QObject
{
    Q_OBJECT

private slots:
    void initialize_answersTheVersionItSpeaksElseItsNewest_data();
    void initialize_answersTheVersionItSpeaksElseItsNewest();
    void toolsList_describesEveryToolWithSchemas();
    void toolsList_under20250326_hasNoOutputSchemas();
    void protocolErrors_areJsonRpcErrors();
    void batch_isRefusedAfter20250326AndAnsweredIn20250326();
    void listSessions_asksTheHostWithTheTokenAndReturnsItsAnswer();
    void getCosts_passesThePeriod();
    void toolResult_under20250326_isJsonTextWithoutStructuredContent();
    void spawnApp_reportsProgressPerStatusAndReturnsTheUrl();
    void spawnApp_failedSessionIsAToolErrorWithTheSentence();
    void spawnApp_cancelledStopsTheSessionAndIsNotAnswered();
    void spawnApp_cancelledWhileTheHostStartsItStopsItOnceItHasAnId();
    void toolArguments_wrongOnesAreToolErrors();
    void spawnApp_imagesGoToTheHostAsTheApisImages();
    void getSession_unknownIsAToolErrorWithTheHostsSentence();
    void changeApp_waitsForTheNewVersion();
    void getLogs_andStopSession_callTheirRoutes();
    void closingStdin_endsTheServer();
    void noHost_startsServeOrSaysWhy();
    void mcpWithAnArgument_isAUsageError();
};

void TestMcp::initialize_answersTheVersionItSpeaksElseItsNewest_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered");
    QTest::newRow("2025-11-25") << QStringLiteral("2025-11-25") << QStringLiteral("2025-11-25");
    QTest::newRow("2025-06-18") << QStringLiteral("2025-06-18") << QStringLiteral("2025-06-18");
    QTest::newRow("2025-03-26") << QStringLiteral("2025-03-26") << QStringLiteral("2025-03-26");
    QTest::newRow("2024-11-05") << QStringLiteral("2024-11-05") << QStringLiteral("2025-11-25");
    QTest::newRow("unknown") << QStringLiteral("1999-01-01") << QStringLiteral("2025-11-25");
}

void TestMcp::initialize_answersTheVersionItSpeaksElseItsNewest()
{
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QTemporaryDir data;
    McpClient client(data.path());
    const QJsonObject result = client.initialize(asked);
    QCOMPARE(result.value(u"protocolVersion").toString(), answered);
    QVERIFY(result.value(u"capabilities").toObject().value(u"tools").isObject());
    QCOMPARE(result.value(u"serverInfo").toObject().value(u"name").toString(), QStringLiteral("spawnai"));
    QVERIFY(!result.value(u"serverInfo").toObject().value(u"version").toString().isEmpty());
    client.request(1, QStringLiteral("ping"));
    QCOMPARE(client.response(1).value(u"result").toObject(), QJsonObject());
    QVERIFY2(client.notJson().isEmpty(), client.notJson().constData());
}

void TestMcp::toolsList_describesEveryToolWithSchemas()
{
    QTemporaryDir data;
    McpClient client(data.path());
    client.initialize();
    client.request(1, QStringLiteral("tools/list"));
    const QJsonArray tools = client.response(1).value(u"result").toObject().value(u"tools").toArray();
    QStringList names;
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const QString name = tool.value(u"name").toString();
        names << name;
        QVERIFY2(!tool.value(u"description").toString().isEmpty(), qPrintable(name));
        for (const char16_t *key : {u"inputSchema", u"outputSchema"}) {
            const QJsonObject schema = tool.value(QStringView(key)).toObject();
            QVERIFY2(schema.value(u"type") == QJsonValue(QStringLiteral("object")), qPrintable(name));
            // Every reference resolves inside the schema itself.
            const QByteArray json = QJsonDocument(schema).toJson(QJsonDocument::Compact);
            if (json.contains("\"$ref\"")) {
                const QJsonObject defs = schema.value(u"$defs").toObject();
                for (const QByteArray &ref : {QByteArray("session"), QByteArray("error"), QByteArray("run")}) {
                    if (json.contains(QByteArray("\"#/$defs/" + ref + '"')))
                        QVERIFY2(defs.contains(QString::fromLatin1(ref)), qPrintable(name));
                }
            }
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("change_app"), QStringLiteral("get_costs"), QStringLiteral("get_logs"),
                                 QStringLiteral("get_session"), QStringLiteral("list_sessions"),
                                 QStringLiteral("spawn_app"), QStringLiteral("stop_session")}));
}

void TestMcp::toolsList_under20250326_hasNoOutputSchemas()
{
    QTemporaryDir data;
    McpClient client(data.path());
    client.initialize(QStringLiteral("2025-03-26"));
    client.request(1, QStringLiteral("tools/list"));
    const QJsonArray tools = client.response(1).value(u"result").toObject().value(u"tools").toArray();
    QCOMPARE(tools.size(), 7);
    for (const QJsonValue &tool : tools) {
        QVERIFY(!tool.toObject().contains(u"outputSchema"));
        QVERIFY(tool.toObject().value(u"inputSchema").isObject());
    }
}

void TestMcp::protocolErrors_areJsonRpcErrors()
{
    QTemporaryDir data;
    McpClient client(data.path());
    client.initialize();
    client.sendRaw("{not json");
    QCOMPARE(errorCode(client.waitFor([](const QJsonObject &m) { return m.value(u"id").isNull() && m.contains(u"error"); })),
             -32700);
    client.sendRaw(R"({"id":5,"method":"ping"})");  // no "jsonrpc": "2.0"
    QCOMPARE(errorCode(client.response(5)), -32600);
    client.request(6, QStringLiteral("resources/list"));
    QCOMPARE(errorCode(client.response(6)), -32601);
    client.request(7, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("no_such_tool")}});
    QCOMPARE(errorCode(client.response(7)), -32602);
    client.request(8, QStringLiteral("tools/call"), {{QStringLiteral("arguments"), QJsonObject{}}});
    QCOMPARE(errorCode(client.response(8)), -32602);
    client.request(9, QStringLiteral("initialize"), {{QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")}});
    QCOMPARE(errorCode(client.response(9)), -32600);
    // The server goes on after each.
    client.request(10, QStringLiteral("ping"));
    QVERIFY(client.response(10).contains(u"result"));
}

void TestMcp::batch_isRefusedAfter20250326AndAnsweredIn20250326()
{
    QTemporaryDir data;
    {
        McpClient client(data.path());
        client.initialize();
        client.sendRaw(R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])");
        QCOMPARE(errorCode(client.waitFor([](const QJsonObject &m) { return m.contains(u"error"); })), -32600);
    }
    McpClient client(data.path());
    client.initialize(QStringLiteral("2025-03-26"));
    client.sendRaw(R"([{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"tools/list"}])");
    QVERIFY(client.response(1).contains(u"result"));
    QVERIFY(client.response(2).value(u"result").toObject().contains(u"tools"));
}

void TestMcp::listSessions_asksTheHostWithTheTokenAndReturnsItsAnswer()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(
        1, QStringLiteral("list_sessions"), {{QStringLiteral("status"), QStringLiteral("ready")}, {QStringLiteral("limit"), 5}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    QVERIFY(result.value(u"structuredContent").toObject().value(u"sessions").isArray());
    QCOMPARE(host.requests().last(), QStringLiteral("GET /api/v1/sessions?status=ready&limit=5"));
    QCOMPARE(host.unauthorized(), 0);
}

void TestMcp::getCosts_passesThePeriod()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(1, QStringLiteral("get_costs"), {{QStringLiteral("since"), QStringLiteral("2026-12-01")}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    QCOMPARE(result.value(u"structuredContent").toObject().value(u"totals").toObject().value(u"total").toDouble(), 1.25);
    QCOMPARE(host.requests().last(), QStringLiteral("GET /api/v1/costs?since=2026-12-01"));
}

void TestMcp::toolResult_under20250326_isJsonTextWithoutStructuredContent()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize(QStringLiteral("2025-03-26"));
    const QJsonObject result = client.call(1, QStringLiteral("get_costs"), {});
    QVERIFY(!result.contains(u"structuredContent"));
    const QJsonObject costs = QJsonDocument::fromJson(text(result).toUtf8()).object();
    QCOMPARE(costs.value(u"totals").toObject().value(u"total").toDouble(), 1.25);
}

void TestMcp::spawnApp_reportsProgressPerStatusAndReturnsTheUrl()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(1, QStringLiteral("spawn_app"),
                                           {{QStringLiteral("prompt"), QStringLiteral("a todo list")},
                                            {QStringLiteral("sandbox"), QStringLiteral("local")}},
                                           {{QStringLiteral("progressToken"), QStringLiteral("p1")}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    const QJsonObject structured = result.value(u"structuredContent").toObject();
    QCOMPARE(structured.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(structured.value(u"url").toString(), QStringLiteral("http://127.0.0.1:4321/"));
    QVERIFY(!structured.value(u"sessionId").toString().isEmpty());
    QVERIFY(text(result).contains(u"http://127.0.0.1:4321/"));
    // The REST body is the arguments, without `wait`.
    QCOMPARE(host.startBody(), (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a todo list")},
                                           {QStringLiteral("sandbox"), QStringLiteral("local")}}));
    QStringList steps;
    double last = 0;
    for (const QJsonObject &message : client.messages()) {
        if (message.value(u"method") != QJsonValue(QStringLiteral("notifications/progress")))
            continue;
        const QJsonObject params = message.value(u"params").toObject();
        QCOMPARE(params.value(u"progressToken").toString(), QStringLiteral("p1"));
        QVERIFY(params.value(u"progress").toDouble() > last);
        last = params.value(u"progress").toDouble();
        steps << params.value(u"message").toString().section(u' ', 2, 2);
    }
    QCOMPARE(steps, (QStringList{QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("deploying"),
                                 QStringLiteral("ready")}));
}

void TestMcp::spawnApp_failedSessionIsAToolErrorWithTheSentence()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(1, QStringLiteral("spawn_app"), {{QStringLiteral("prompt"), QStringLiteral("fail")}});
    QVERIFY(result.value(u"isError").toBool());
    QCOMPARE(text(result), QStringLiteral("The model server refused the request"));
    QCOMPARE(result.value(u"structuredContent").toObject().value(u"status").toString(), QStringLiteral("failed"));
}

void TestMcp::spawnApp_cancelledStopsTheSessionAndIsNotAnswered()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    client.request(1, QStringLiteral("tools/call"),
                   {{QStringLiteral("name"), QStringLiteral("spawn_app")},
                    {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("slow")}}}});
    // Once the run is being watched, the client gives up.
    QTRY_VERIFY_WITH_TIMEOUT(host.requests().filter(QStringLiteral("GET /api/v1/sessions/")).size() >= 2, 15000);
    const QString id = host.requests().filter(QStringLiteral("GET /api/v1/sessions/")).first().section(u'/', 4);
    client.notify(QStringLiteral("notifications/cancelled"),
                  {{QStringLiteral("requestId"), 1}, {QStringLiteral("reason"), QStringLiteral("user gave up")}});
    QTRY_VERIFY_WITH_TIMEOUT(host.requests().contains(u"DELETE /api/v1/sessions/" + id), 15000);
    QCOMPARE(host.sessionStatus(id), QStringLiteral("stopped"));
    client.request(2, QStringLiteral("ping"));
    QVERIFY(client.response(2).contains(u"result"));
    QVERIFY(client.waitFor([](const QJsonObject &m) { return m.value(u"id") == QJsonValue(1); }, 0).isEmpty());
}

void TestMcp::spawnApp_cancelledWhileTheHostStartsItStopsItOnceItHasAnId()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    client.request(1, QStringLiteral("tools/call"),
                   {{QStringLiteral("name"), QStringLiteral("spawn_app")},
                    {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("slow start")}}}});
    QTRY_VERIFY_WITH_TIMEOUT(host.requests().contains(u"POST /api/v1/sessions (held)"), 15000);
    client.notify(QStringLiteral("notifications/cancelled"), {{QStringLiteral("requestId"), 1}});
    // The host answers the start after the cancel: the session it made is stopped.
    QTRY_VERIFY_WITH_TIMEOUT(!host.requests().filter(QStringLiteral("DELETE /api/v1/sessions/")).isEmpty(), 15000);
    const QString id = host.requests().filter(QStringLiteral("DELETE /api/v1/sessions/")).first().section(u'/', 4);
    QCOMPARE(host.sessionStatus(id), QStringLiteral("stopped"));
    // Nobody watched it: no GET of it came.
    QVERIFY(!host.requests().contains(u"GET /api/v1/sessions/" + id));
    client.request(2, QStringLiteral("ping"));
    QVERIFY(client.response(2).contains(u"result"));
    QVERIFY(client.waitFor([](const QJsonObject &m) { return m.value(u"id") == QJsonValue(1); }, 0).isEmpty());
}

void TestMcp::toolArguments_wrongOnesAreToolErrors()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    QJsonObject result = client.call(1, QStringLiteral("spawn_app"),
                                     {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("template"), QStringLiteral("static-site")}});
    QVERIFY(result.value(u"isError").toBool());
    QVERIFY(text(result).contains(u"exactly one"));
    result = client.call(2, QStringLiteral("get_logs"), {{QStringLiteral("sessionId"), QStringLiteral("a")}, {QStringLiteral("tail"), QStringLiteral("x")}});
    QVERIFY(result.value(u"isError").toBool());
    QVERIFY(text(result).contains(u"\"tail\""));
    result = client.call(3, QStringLiteral("get_session"), {{QStringLiteral("nope"), 1}, {QStringLiteral("sessionId"), QStringLiteral("a")}});
    QVERIFY(result.value(u"isError").toBool());
    QVERIFY(text(result).contains(u"\"nope\""));
    result = client.call(4, QStringLiteral("stop_session"), {});
    QVERIFY(result.value(u"isError").toBool());
    QVERIFY(text(result).contains(u"\"sessionId\" is missing"));
    // None of them reached the host.
    QVERIFY(host.requests().isEmpty());
}

void TestMcp::spawnApp_imagesGoToTheHostAsTheApisImages()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonArray images{QString::fromLatin1("data:image/png;base64," + QByteArray(2000, 'A'))};
    QJsonObject result = client.call(1, QStringLiteral("spawn_app"),
                                     {{QStringLiteral("prompt"), QStringLiteral("a page like this")},
                                      {QStringLiteral("images"), QJsonArray{QStringLiteral("sketch.png")}}});
    QVERIFY(result.value(u"isError").toBool());
    QVERIFY2(text(result).contains(u"images"), qPrintable(text(result)));
    QVERIFY(host.requests().isEmpty());
    result = client.call(2, QStringLiteral("spawn_app"),
                         {{QStringLiteral("prompt"), QStringLiteral("a page like this")},
                          {QStringLiteral("images"), images}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    QCOMPARE(host.startBody().value(u"images").toArray(), images);
}

void TestMcp::getSession_unknownIsAToolErrorWithTheHostsSentence()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(1, QStringLiteral("get_session"), {{QStringLiteral("sessionId"), QStringLiteral("abc")}});
    QVERIFY(result.value(u"isError").toBool());
    QCOMPARE(text(result), QStringLiteral("There is no session abc"));
}

void TestMcp::changeApp_waitsForTheNewVersion()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QString id = client.call(1, QStringLiteral("spawn_app"), {{QStringLiteral("template"), QStringLiteral("static-site")}})
                           .value(u"structuredContent").toObject().value(u"sessionId").toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject result = client.call(2, QStringLiteral("change_app"),
                                           {{QStringLiteral("sessionId"), id}, {QStringLiteral("text"), QStringLiteral("make it blue")}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    QVERIFY(host.requests().contains(u"POST /api/v1/sessions/" + id + u"/messages"));
    const QJsonObject structured = result.value(u"structuredContent").toObject();
    QCOMPARE(structured.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(structured.value(u"session").toObject().value(u"versions").toInt(), 2);
}

void TestMcp::getLogs_andStopSession_callTheirRoutes()
{
    QTemporaryDir data;
    FakeHost host(data.path());
    McpClient client(data.path());
    client.initialize();
    const QString id = client.call(1, QStringLiteral("spawn_app"),
                                   {{QStringLiteral("prompt"), QStringLiteral("slow")}, {QStringLiteral("wait"), false}})
                           .value(u"structuredContent").toObject().value(u"sessionId").toString();
    QVERIFY(!id.isEmpty());
    QJsonObject result = client.call(2, QStringLiteral("get_logs"), {{QStringLiteral("sessionId"), id}, {QStringLiteral("tail"), 3}});
    QVERIFY2(!result.value(u"isError").toBool(), qPrintable(text(result)));
    QCOMPARE(result.value(u"structuredContent").toObject().value(u"lines").toInt(), 3);
    QCOMPARE(host.requests().last(), u"GET /api/v1/sessions/" + id + u"/log?tail=3");
    result = client.call(3, QStringLiteral("stop_session"), {{QStringLiteral("sessionId"), id}});
    QCOMPARE(result.value(u"structuredContent").toObject().value(u"status").toString(), QStringLiteral("stopped"));
    QCOMPARE(host.requests().last(), u"DELETE /api/v1/sessions/" + id);
}

void TestMcp::closingStdin_endsTheServer()
{
    QTemporaryDir data;
    McpClient client(data.path());
    client.initialize();
    QSignalSpy finished(&client.process(), &QProcess::finished);
    client.process().closeWriteChannel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(client.process().exitCode(), 0);
}

void TestMcp::noHost_startsServeOrSaysWhy()
{
    QTemporaryDir data;
    McpClient client(data.path());
    client.initialize();
    const QJsonObject result = client.call(1, QStringLiteral("list_sessions"), {});
    if (result.value(u"isError").toBool()) {
        // A build without `spawnai serve`, or a host that cannot start here.
        QVERIFY2(text(result).contains(u"SpawnAI host"), qPrintable(text(result)));
        return;
    }
    // A host was started: it outlives this server, so the test ends it.
    QVERIFY(result.value(u"structuredContent").toObject().value(u"sessions").isArray());
    QFile info(data.filePath(QStringLiteral("api.json")));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const qint64 pid = QJsonDocument::fromJson(info.readAll()).object().value(u"pid").toInteger();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGTERM);
    // Gone (a host removes its api.json on the way out) before its data folder is.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(data.filePath(QStringLiteral("api.json"))), 20000);
}

void TestMcp::mcpWithAnArgument_isAUsageError()
{
    QProcess process;
    process.start(QStringLiteral(SPAWNAI_BINARY), {QStringLiteral("mcp"), QStringLiteral("extra")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("Unexpected argument extra"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestMcp)
#include "test_mcp.moc"
