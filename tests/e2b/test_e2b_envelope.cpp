// SPDX-License-Identifier: MIT
#include "sandbox/e2b/connectenvelope.h"
#include "sandbox/e2b/connectframeparser.h"

#include <QTest>

class TestE2bEnvelope final : public QObject
{
    Q_OBJECT

private slots:
    void encode_writesFlagsAndBigEndianLength();
    void framesSplitAtEveryByte_comeOutWhole();
    void coalescedFrames_comeOutInOrder();
    void endStreamFrame_isMarked();
    void compressedFrame_isAnError();
    void oversizeFrame_isAnError();
    void truncatedFrame_isLeftPending();
    void dataAfterEndStream_isAnError();
};

void TestE2bEnvelope::encode_writesFlagsAndBigEndianLength()
{
    const QByteArray json = R"({"process":{"cmd":"/bin/bash","args":["-l","-c","echo hi"]},"stdin":false})";
    const QByteArray frame = ConnectEnvelope::encode(json);
    QCOMPARE(frame.size(), json.size() + 5);
    QCOMPARE(frame.left(5), QByteArray::fromHex("000000004a"));
    QCOMPARE(frame.mid(5), json);
    QCOMPARE(ConnectEnvelope::encode("{}", ConnectEnvelope::EndStream).toHex(), QByteArray("02000000027b7d"));
    QCOMPARE(ConnectEnvelope::encode(QByteArray(70000, 'x')).left(5), QByteArray::fromHex("0000011170"));
}

void TestE2bEnvelope::framesSplitAtEveryByte_comeOutWhole()
{
    const QByteArray stream = ConnectEnvelope::encode(R"({"event":{"start":{"pid":7}}})")
        + ConnectEnvelope::encode(R"({"event":{"data":{"stdout":"aGkK"}}})")
        + ConnectEnvelope::encode("{}", ConnectEnvelope::EndStream);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        ConnectFrameParser parser;
        QList<ConnectEnvelope> frames;
        QVERIFY(parser.feed(QByteArrayView(stream).first(cut), &frames));
        QVERIFY(parser.feed(QByteArrayView(stream).sliced(cut), &frames));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(1).payload, QByteArray(R"({"event":{"data":{"stdout":"aGkK"}}})"));
        QVERIFY(!parser.hasPartialFrame());
    }
    // One byte at a time.
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    for (char c : stream)
        QVERIFY(parser.feed(QByteArrayView(&c, 1), &frames));
    QCOMPARE(frames.size(), 3);
    QVERIFY(frames.at(2).isEndStream());
}

void TestE2bEnvelope::coalescedFrames_comeOutInOrder()
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    QVERIFY(parser.feed(QByteArray(ConnectEnvelope::encode("1") + ConnectEnvelope::encode("22") + ConnectEnvelope::encode("")),
                        &frames));
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).payload, QByteArray("1"));
    QCOMPARE(frames.at(1).payload, QByteArray("22"));
    QCOMPARE(frames.at(2).payload, QByteArray());
}

void TestE2bEnvelope::endStreamFrame_isMarked()
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    QVERIFY(parser.feed(ConnectEnvelope::encode(R"({"error":{"code":"deadline_exceeded","message":"x"}})",
                                                ConnectEnvelope::EndStream),
                        &frames));
    QCOMPARE(frames.size(), 1);
    QVERIFY(frames.constFirst().isEndStream());
    QVERIFY(parser.sawEndStream());
}

void TestE2bEnvelope::compressedFrame_isAnError()
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    QVERIFY(!parser.feed(ConnectEnvelope::encode("xx", ConnectEnvelope::Compressed), &frames));
    QVERIFY(parser.hasError());
    QVERIFY(frames.isEmpty());
    QVERIFY(!parser.feed("more", &frames));
}

void TestE2bEnvelope::oversizeFrame_isAnError()
{
    ConnectFrameParser parser(1024);
    QList<ConnectEnvelope> frames;
    // Only the header has arrived: the length alone is enough to refuse.
    QVERIFY(!parser.feed(QByteArray::fromHex("0000100000"), &frames));
    QVERIFY(parser.errorString().contains(u"1048576"));
}

void TestE2bEnvelope::truncatedFrame_isLeftPending()
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    const QByteArray frame = ConnectEnvelope::encode(R"({"event":{"keepalive":{}}})");
    QVERIFY(parser.feed(frame.first(frame.size() - 3), &frames));
    QVERIFY(frames.isEmpty());
    QVERIFY(parser.hasPartialFrame());
    QVERIFY(!parser.sawEndStream());
    QVERIFY(parser.feed(QByteArray::fromHex("00"), &frames));  // one more byte: still short
    QVERIFY(parser.hasPartialFrame());
}

void TestE2bEnvelope::dataAfterEndStream_isAnError()
{
    ConnectFrameParser parser;
    QList<ConnectEnvelope> frames;
    QVERIFY(!parser.feed(QByteArray(ConnectEnvelope::encode("{}", ConnectEnvelope::EndStream) + ConnectEnvelope::encode("{}")),
                         &frames));
    QCOMPARE(frames.size(), 1);
}

QTEST_GUILESS_MAIN(TestE2bEnvelope)
#include "test_e2b_envelope.moc"
