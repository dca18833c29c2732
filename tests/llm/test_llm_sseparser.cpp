// SPDX-License-Identifier: MIT
#include "llm/sseparser.h"
#include "llmfixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace std::chrono_literals;

class TestSseParser final : public QObject
{
    Q_OBJECT

private slots:
    void realStream_givesEveryEvent();
    void splitAtAnyByte_givesIdenticalEvents_data();
    void splitAtAnyByte_givesIdenticalEvents();
    void byteByByte_givesIdenticalEvents_data();
    void byteByByte_givesIdenticalEvents();
    void crlfCommentsAndMultiLineData();
    void crLineEndings_crlfSplitAcrossChunks();
    void fieldRules_colonSpaceAndUnknownFields();
    void idPersists_eventTypeResets();
    void eventWithoutData_isNotDispatched();
    void trailingEventWithoutBlankLine_isNotDispatched();
    void byteOrderMark_isStripped();
    void utf8SplitAcrossChunks_staysIntact();
    void largeLineInSmallChunks_isLinear();

private:
    static QByteArray withLineEndings(const QByteArray &lf, const QByteArray &ending);
    static QList<SseEvent> parseWhole(const QByteArray &bytes);
};

QByteArray TestSseParser::withLineEndings(const QByteArray &lf, const QByteArray &ending)
{
    QByteArray result = lf;
    return result.replace("\n", ending);
}

QList<SseEvent> TestSseParser::parseWhole(const QByteArray &bytes)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes);
    parser.finish();
    return events;
}

void TestSseParser::realStream_givesEveryEvent()
{
    const QList<QByteArray> pieces = Fixtures::thinkingThenText();
    const QList<SseEvent> events = parseWhole(pieces.join());
    QCOMPARE(events.size(), pieces.size());
    QCOMPARE(events.first().event, u"message_start");
    QVERIFY(events.first().data.startsWith(R"({"type":"message_start")"));
    QCOMPARE(events[2].event, u"ping");
    QCOMPARE(events.last().event, u"message_stop");
    QCOMPARE(events.last().data, R"({"type":"message_stop"})");
    for (const SseEvent &event : events)
        QVERIFY(!event.data.endsWith('\n'));
}

void TestSseParser::splitAtAnyByte_givesIdenticalEvents_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("split");
    const QByteArray lf = Fixtures::thinkingThenText().join();
    const QList<QPair<const char *, QByteArray>> endings{{"LF", "\n"}, {"CRLF", "\r\n"}, {"CR", "\r"}};
    for (const auto &[name, ending] : endings) {
        const QByteArray stream = withLineEndings(lf, ending);
        for (int split = 0; split <= stream.size(); ++split)
            QTest::addRow("%s@%d", name, split) << stream << split;
    }
}

void TestSseParser::splitAtAnyByte_givesIdenticalEvents()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, split);
    static const QList<SseEvent> expected = parseWhole(Fixtures::thinkingThenText().join());
    SseParser parser;
    QList<SseEvent> events = parser.feed(stream.first(split));
    events += parser.feed(stream.sliced(split));
    QCOMPARE(parser.finish(), false);
    QCOMPARE(events, expected);
}

void TestSseParser::byteByByte_givesIdenticalEvents_data()
{
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestSseParser::byteByByte_givesIdenticalEvents()
{
    QFETCH(QByteArray, ending);
    const QByteArray lf = Fixtures::thinkingThenText().join();
    const QByteArray stream = withLineEndings(lf, ending);
    SseParser parser;
    QList<SseEvent> events;
    for (const char byte : stream)
        events += parser.feed(QByteArrayView(&byte, 1));
    QCOMPARE(events, parseWhole(lf));
}

void TestSseParser::crlfCommentsAndMultiLineData()
{
    const QByteArray stream = ": keep-alive comment\r\n"
                              "event: update\r\n"
                              "data: first line\r\n"
                              ":a comment between data lines\r\n"
                              "data: second line\r\n"
                              "data:\r\n"
                              "data: fourth\r\n"
                              "\r\n"
                              ":\r\n"
                              "data: {\"type\":\"ping\"}\r\n"
                              "\r\n";
    const QList<SseEvent> events = parseWhole(stream);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].event, u"update");
    QCOMPARE(events[0].data, QByteArray("first line\nsecond line\n\nfourth"));
    QCOMPARE(events[1].event, u"message");
    QCOMPARE(events[1].data, QByteArray(R"({"type":"ping"})"));
}

void TestSseParser::crLineEndings_crlfSplitAcrossChunks()
{
    SseParser parser;
    // The CR of a CRLF ends one chunk, its LF opens the next: still one line end.
    QList<SseEvent> events = parser.feed("data: a\r");
    events += parser.feed("\ndata: b\r");
    QCOMPARE(events.size(), 0);
    events += parser.feed("\n\r");  // the bare CR is the blank line: dispatch now
    QCOMPARE(events.size(), 1);
    events += parser.feed("\n");  // the LF completing that CRLF adds no second blank line
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QByteArray("a\nb"));
    // Bare CRs end lines too; two of them end the event.
    events = parser.feed("data: c\r\rdata: d\r\r");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].data, QByteArray("c"));
    QCOMPARE(events[1].data, QByteArray("d"));
}

void TestSseParser::fieldRules_colonSpaceAndUnknownFields()
{
    const QByteArray stream = "data:no space\n"
                              "data:  two spaces\n"
                              "retry: 2500\n"
                              "unknown: ignored\n"
                              "data\n"
                              "event:named\n"
                              "\n";
    SseParser parser;
    const QList<SseEvent> events = parser.feed(stream);
    QCOMPARE(events.size(), 1);
    // Only one leading space is removed; a bare "data" adds an empty line.
    QCOMPARE(events[0].data, QByteArray("no space\n two spaces\n"));
    QCOMPARE(events[0].event, u"named");
    QCOMPARE(parser.retryMs(), std::optional<int>(2500));
}

void TestSseParser::idPersists_eventTypeResets()
{
    const QList<SseEvent> events = parseWhole("id: 7\nevent: first\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].id, u"7");
    QCOMPARE(events[0].event, u"first");
    QCOMPARE(events[1].id, u"7");
    QCOMPARE(events[1].event, u"message");
    QCOMPARE(events[2].id, QString());
}

void TestSseParser::eventWithoutData_isNotDispatched()
{
    const QList<SseEvent> events = parseWhole("event: lonely\n\n\n\ndata: x\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].event, u"message");  // the type of the empty event does not leak
}

void TestSseParser::trailingEventWithoutBlankLine_isNotDispatched()
{
    SseParser parser;
    QList<SseEvent> events = parser.feed("data: complete\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n");
    QCOMPARE(events.size(), 1);
    QVERIFY(parser.finish());  // a cut connection must not pass for a complete reply

    SseParser unterminatedLine;
    QCOMPARE(unterminatedLine.feed("data: partial").size(), 0);
    QVERIFY(unterminatedLine.finish());

    SseParser clean;
    clean.feed("data: x\n\n: trailing comment\n");
    QVERIFY(!clean.finish());
}

void TestSseParser::byteOrderMark_isStripped()
{
    SseParser parser;
    QList<SseEvent> events = parser.feed("\xEF\xBB");
    events += parser.feed("\xBF" "data: x\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QByteArray("x"));
}

void TestSseParser::utf8SplitAcrossChunks_staysIntact()
{
    const QByteArray stream = Fixtures::textDelta(1, QStringLiteral("wörld ✓"));
    const qsizetype inside = stream.indexOf("\xE2\x9C\x93") + 1;  // inside the check mark
    SseParser parser;
    QList<SseEvent> events = parser.feed(stream.first(inside));
    events += parser.feed(stream.sliced(inside));
    QCOMPARE(events.size(), 1);
    QVERIFY(QString::fromUtf8(events[0].data).contains(u"wörld ✓"));
}

void TestSseParser::largeLineInSmallChunks_isLinear()
{
    // 8 MB of data in 64-byte chunks: a parser that rescanned its buffer on
    // every chunk would take minutes, a linear one milliseconds.
    const QByteArray payload(8 * 1024 * 1024, 'x');
    const QByteArray stream = "data: " + payload + "\n\n";
    SseParser parser;
    QList<SseEvent> events;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < stream.size(); at += 64)
        events += parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(64, stream.size() - at)));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data.size(), payload.size());
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "test_llm_sseparser.moc"
