// SPDX-License-Identifier: MIT
#include "sandbox/httpreadinessprobe.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

class TestHttpReadinessProbe final : public QObject
{
    Q_OBJECT

private slots:
    void answeringServer_isReadyAtOnce();
    void anyHttpStatus_countsAsReady();
    void serverThatComesUpLater_isSeenWithinAnInterval();
    void nothingListening_failsAtTheLimitAsResource();
    void cancel_stopsProbing();

private:
    static quint16 freePort();
};

quint16 TestHttpReadinessProbe::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void TestHttpReadinessProbe::answeringServer_isReadyAtOnce()
{
    QHttpServer server;
    server.route(QStringLiteral("/"), [] { return QStringLiteral("hello"); });
    const quint16 port = quint16(server.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager network;
    HttpReadinessProbe probe(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), std::chrono::seconds(5));
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QVERIFY(finished.wait());
    QVERIFY(probe.succeeded());
    QCOMPARE(probe.attempts(), 1);
}

void TestHttpReadinessProbe::anyHttpStatus_countsAsReady()
{
    QHttpServer server;
    server.route(QStringLiteral("/"), [] { return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError); });
    const quint16 port = quint16(server.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager network;
    HttpReadinessProbe probe(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), std::chrono::seconds(5));
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QVERIFY(finished.wait());
    QVERIFY(probe.succeeded());
}

void TestHttpReadinessProbe::serverThatComesUpLater_isSeenWithinAnInterval()
{
    const quint16 port = freePort();
    QHttpServer server;
    server.route(QStringLiteral("/"), [] { return QStringLiteral("late"); });
    QNetworkAccessManager network;
    HttpReadinessProbe probe(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), std::chrono::seconds(10));
    probe.setInterval(std::chrono::milliseconds(100));
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QElapsedTimer sinceListen;
    QTimer::singleShot(500, &server, [&] {
        server.listen(QHostAddress::LocalHost, port);
        sinceListen.start();
    });
    QVERIFY(finished.wait(5000));
    QVERIFY(probe.succeeded());
    QVERIFY(probe.attempts() >= 3);
    QVERIFY2(sinceListen.elapsed() < 400, qPrintable(QString::number(sinceListen.elapsed())));
}

void TestHttpReadinessProbe::nothingListening_failsAtTheLimitAsResource()
{
    QNetworkAccessManager network;
    HttpReadinessProbe probe(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(freePort())), std::chrono::milliseconds(600));
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(probe.error().kind, ErrorKind::Resource);
    QVERIFY(probe.error().message.contains(u"did not answer"));
}

void TestHttpReadinessProbe::cancel_stopsProbing()
{
    QNetworkAccessManager network;
    HttpReadinessProbe probe(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(freePort())), std::chrono::seconds(30));
    QSignalSpy finished(&probe, &AsyncOperation::finished);
    probe.start();
    probe.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(probe.isCancelled());
    probe.cancel();
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestHttpReadinessProbe)
#include "test_httpreadinessprobe.moc"
