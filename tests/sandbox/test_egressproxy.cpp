// SPDX-License-Identifier: MIT
#include "sandbox/egressallowlist.h"
#include "sandbox/local/egressconnection.h"
#include "sandbox/local/egressproxy.h"
#include "sandbox/local/egressrequest.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// The install proxy, spoken to as npm and pip do: a Unix socket stands for
// the agent's relay, QTcpServers on loopback for the registry and for a host
// that must not be reached.
class TestEgressProxy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void allowedConnect_passesBytesBothWays();
    void disallowedHost_gets403AndNoConnectionIsMade();
    void disallowedPortOfAnAllowedHost_gets403();
    void plainGet_goesOnInOriginFormWithoutProxyHeaders();
    void malformedRequests_areRefused_data();
    void malformedRequests_areRefused();
    void tooManyConnections_areRefused();
    void allowedHostNotListening_gets502();
    void silentClient_gets408AfterTheHeadTimeout();
    void close_cutsOpenTunnels();
    void privateAddresses_areNeverPublic();
    void allowList_matchesHostsWildcardsAndPorts();
    void requestParser_isStrict();

private:
    std::unique_ptr<QLocalSocket> connectClient();
    static QByteArray readUntil(QLocalSocket *socket, const QByteArray &needle);
    static QByteArray readAllUntilClosed(QLocalSocket *socket);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTcpServer> m_registry;
    std::unique_ptr<QTcpServer> m_other;
    std::unique_ptr<EgressProxy> m_proxy;
    QString m_socket;
};

void TestEgressProxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = std::make_unique<QTcpServer>();
    m_other = std::make_unique<QTcpServer>();
    QVERIFY(m_registry->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_other->listen(QHostAddress::LocalHost, 0));
    m_proxy = std::make_unique<EgressProxy>(EgressAllowList::parse(
        {QStringLiteral("127.0.0.1:%1").arg(m_registry->serverPort()), QStringLiteral("registry.npmjs.org")}));
    m_socket = m_dir->filePath(QStringLiteral("egress.sock"));
    QString error;
    QVERIFY2(m_proxy->listen(m_socket, &error), qPrintable(error));
}

void TestEgressProxy::cleanup()
{
    m_proxy.reset();
    m_registry.reset();
    m_other.reset();
    m_dir.reset();
}

std::unique_ptr<QLocalSocket> TestEgressProxy::connectClient()
{
    // Never a blocking wait: the proxy runs on this thread.
    auto client = std::make_unique<QLocalSocket>();
    QSignalSpy connected(client.get(), &QLocalSocket::connected);
    client->connectToServer(m_socket);
    if (client->state() != QLocalSocket::ConnectedState && !connected.wait(10000))
        return nullptr;
    return client;
}

QByteArray TestEgressProxy::readUntil(QLocalSocket *socket, const QByteArray &needle)
{
    QByteArray data;
    QSignalSpy ready(socket, &QLocalSocket::readyRead);
    for (int i = 0; i < 200 && !data.contains(needle); ++i) {
        data += socket->readAll();
        if (!data.contains(needle) && socket->state() == QLocalSocket::ConnectedState)
            ready.wait(100);
        if (socket->state() != QLocalSocket::ConnectedState && socket->bytesAvailable() == 0)
            break;
    }
    return data + socket->readAll();
}

QByteArray TestEgressProxy::readAllUntilClosed(QLocalSocket *socket)
{
    QByteArray data;
    QSignalSpy closed(socket, &QLocalSocket::disconnected);
    if (socket->state() == QLocalSocket::ConnectedState)
        closed.wait(15000);
    return data + socket->readAll();
}

void TestEgressProxy::allowedConnect_passesBytesBothWays()
{
    auto client = connectClient();
    QVERIFY(client);
    const QByteArray target = "127.0.0.1:" + QByteArray::number(m_registry->serverPort());
    client->write("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\nearly bytes|");
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->hasPendingConnections(), 10000);
    std::unique_ptr<QTcpSocket> upstream(m_registry->nextPendingConnection());
    QVERIFY(readUntil(client.get(), "\r\n\r\n").startsWith("HTTP/1.1 200 "));
    client->write("ping from inside");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += upstream->readAll()).contains("ping from inside"), 10000);
    QVERIFY(received.startsWith("early bytes|"));  // what came with the head is not lost
    upstream->write(QByteArray(256 * 1024, 'x') + "pong");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client->readAll()).endsWith("pong"), 10000);
    QCOMPARE(answer.size(), 256 * 1024 + 4);
    upstream->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QLocalSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), 0, 10000);
}

void TestEgressProxy::disallowedHost_gets403AndNoConnectionIsMade()
{
    QSignalSpy blocked(m_proxy.get(), &EgressProxy::blocked);
    const QList<QByteArray> targets{QByteArray("127.0.0.1:") + QByteArray::number(m_other->serverPort()),
                                    QByteArray("evil.example:443"), QByteArray("registry.npmjs.org.evil.example:443"),
                                    QByteArray("[::1]:") + QByteArray::number(m_registry->serverPort())};
    for (const QByteArray &target : targets) {
        auto client = connectClient();
        QVERIFY(client);
        client->write("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n");
        const QByteArray answer = readAllUntilClosed(client.get());
        QVERIFY2(answer.startsWith("HTTP/1.1 403 Forbidden\r\n"), answer.constData());
        QVERIFY(answer.contains("not a package registry"));
    }
    QCOMPARE(blocked.size(), 4);
    QCOMPARE(blocked.at(1).at(0).toString(), QStringLiteral("evil.example:443"));
    QVERIFY(!m_other->hasPendingConnections());
    QVERIFY(!m_registry->hasPendingConnections());
}

void TestEgressProxy::disallowedPortOfAnAllowedHost_gets403()
{
    auto client = connectClient();
    QVERIFY(client);
    client->write("CONNECT 127.0.0.1:" + QByteArray::number(m_other->serverPort()) + " HTTP/1.1\r\n\r\n");
    QVERIFY(readAllUntilClosed(client.get()).startsWith("HTTP/1.1 403 "));
    client = connectClient();
    client->write("GET http://registry.npmjs.org:8080/ HTTP/1.1\r\nHost: registry.npmjs.org:8080\r\n\r\n");
    QVERIFY(readAllUntilClosed(client.get()).startsWith("HTTP/1.1 403 "));
}

void TestEgressProxy::plainGet_goesOnInOriginFormWithoutProxyHeaders()
{
    auto client = connectClient();
    QVERIFY(client);
    const QByteArray host = "127.0.0.1:" + QByteArray::number(m_registry->serverPort());
    client->write("GET http://" + host + "/left-pad?write=true HTTP/1.1\r\nHost: elsewhere.example"
                  + "\r\nProxy-Authorization: Basic eDp5\r\nProxy-Connection: keep-alive\r\n"
                    "Connection: keep-alive\r\nAccept: application/json\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->hasPendingConnections(), 10000);
    std::unique_ptr<QTcpSocket> upstream(m_registry->nextPendingConnection());
    QByteArray head;
    QTRY_VERIFY_WITH_TIMEOUT((head += upstream->readAll()).contains("\r\n\r\n"), 10000);
    QCOMPARE(head, "GET /left-pad?write=true HTTP/1.1\r\nHost: " + host
                       + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    upstream->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    upstream->disconnectFromHost();
    QCOMPARE(readAllUntilClosed(client.get()), QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
}

void TestEgressProxy::malformedRequests_areRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("no port") << QByteArray("CONNECT registry.npmjs.org HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("bare LF") << QByteArray("CONNECT registry.npmjs.org:443 HTTP/1.1\nHost: x\r\n\r\n") << QByteArray("400");
    QTest::newRow("folded header") << QByteArray("CONNECT registry.npmjs.org:443 HTTP/1.1\r\n folded\r\n\r\n") << QByteArray("400");
    QTest::newRow("control byte") << QByteArray("CONNECT registry.npmjs.org:443 HTTP/1.1\r\nX: a\x01b\r\n\r\n") << QByteArray("400");
    QTest::newRow("userinfo") << QByteArray("GET http://u:p@registry.npmjs.org/ HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("odd host") << QByteArray("CONNECT registry.npmjs.org%00.evil:443 HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("extra space") << QByteArray("CONNECT  registry.npmjs.org:443 HTTP/1.1\r\n\r\n") << QByteArray("400");
    // Found by fuzz_egress_request: QUrl read such a host one way, the check another.
    QTest::newRow("non-ASCII host") << QByteArray("GET http://127.0\xff\xffO.0/x HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("HTTP/2") << QByteArray("CONNECT registry.npmjs.org:443 HTTP/2\r\n\r\n") << QByteArray("400");
    QTest::newRow("origin form") << QByteArray("GET / HTTP/1.1\r\nHost: registry.npmjs.org\r\n\r\n") << QByteArray("400");
    QTest::newRow("https in the clear") << QByteArray("GET https://registry.npmjs.org/ HTTP/1.1\r\n\r\n") << QByteArray("405");
    QTest::newRow("huge head") << "CONNECT registry.npmjs.org:443 HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n" << QByteArray("431");
    QTest::newRow("endless line") << QByteArray(20000, 'A') << QByteArray("431");
}

void TestEgressProxy::malformedRequests_areRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    QSignalSpy blocked(m_proxy.get(), &EgressProxy::blocked);
    auto client = connectClient();
    QVERIFY(client);
    client->write(request);
    const QByteArray answer = readAllUntilClosed(client.get());
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.left(80).constData());
    QVERIFY(!m_registry->hasPendingConnections());
    QCOMPARE(blocked.size(), 0);
}

void TestEgressProxy::tooManyConnections_areRefused()
{
    std::vector<std::unique_ptr<QLocalSocket>> idle;
    for (int i = 0; i < EgressProxy::MaxConnections; ++i) {
        idle.push_back(connectClient());
        QVERIFY(idle.back());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), EgressProxy::MaxConnections, 10000);
    auto extra = connectClient();
    QVERIFY(extra);
    QTRY_COMPARE_WITH_TIMEOUT(extra->state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(m_proxy->openConnections(), EgressProxy::MaxConnections);
}

void TestEgressProxy::allowedHostNotListening_gets502()
{
    const QByteArray port = QByteArray::number(m_registry->serverPort());
    m_registry->close();
    auto client = connectClient();
    QVERIFY(client);
    client->write("CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\n\r\n");
    const QByteArray answer = readAllUntilClosed(client.get());
    QVERIFY2(answer.startsWith("HTTP/1.1 502 "), answer.constData());
}

void TestEgressProxy::silentClient_gets408AfterTheHeadTimeout()
{
    auto client = connectClient();
    QVERIFY(client);
    client->write("CONNECT registry.npmjs.org:443 HTTP/1.1\r\n");  // and nothing more
    QSignalSpy closed(client.get(), &QLocalSocket::disconnected);
    QVERIFY(closed.wait(EgressConnection::HeadTimeoutMs + 20000));
    QVERIFY(client->readAll().startsWith("HTTP/1.1 408 "));
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), 0, 10000);
}

void TestEgressProxy::close_cutsOpenTunnels()
{
    auto client = connectClient();
    QVERIFY(client);
    client->write("CONNECT 127.0.0.1:" + QByteArray::number(m_registry->serverPort()) + " HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->hasPendingConnections(), 10000);
    std::unique_ptr<QTcpSocket> upstream(m_registry->nextPendingConnection());
    QVERIFY(readUntil(client.get(), "\r\n\r\n").startsWith("HTTP/1.1 200 "));
    m_proxy->close();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QLocalSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(upstream->state(), QAbstractSocket::UnconnectedState, 10000);
    QLocalSocket late;
    late.connectToServer(m_socket);
    QTRY_COMPARE_WITH_TIMEOUT(late.state(), QLocalSocket::UnconnectedState, 10000);
}

void TestEgressProxy::privateAddresses_areNeverPublic()
{
    for (const char *text : {"127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                             "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
                             "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
        QVERIFY2(!EgressConnection::isPublicAddress(QHostAddress(QString::fromLatin1(text))), text);
    for (const char *text : {"104.16.1.35", "151.101.0.223", "172.32.0.1", "2606:4700::6810:123"})
        QVERIFY2(EgressConnection::isPublicAddress(QHostAddress(QString::fromLatin1(text))), text);
}

void TestEgressProxy::allowList_matchesHostsWildcardsAndPorts()
{
    QStringList rejected;
    const EgressAllowList list = EgressAllowList::parse(
        {QStringLiteral("Registry.NPMjs.org"), QStringLiteral("*.pythonhosted.org"), QStringLiteral("127.0.0.1:4873"),
         QStringLiteral("[::1]:8080"), QStringLiteral("localhost"), QStringLiteral("a/b.example"),
         QStringLiteral("x.example:99999"), QStringLiteral(" ")},
        &rejected);
    QCOMPARE(rejected, (QStringList{QStringLiteral("localhost"), QStringLiteral("a/b.example"), QStringLiteral("x.example:99999")}));
    QVERIFY(list.match(QStringLiteral("registry.npmjs.org"), 443));
    QVERIFY(list.match(QStringLiteral("REGISTRY.npmjs.org"), 80));
    QVERIFY(!list.match(QStringLiteral("registry.npmjs.org"), 22));
    QVERIFY(!list.match(QStringLiteral("evil.registry.npmjs.org"), 443));
    QVERIFY(list.match(QStringLiteral("files.pythonhosted.org"), 443));
    QVERIFY(!list.match(QStringLiteral("pythonhosted.org"), 443));
    QVERIFY(!list.match(QStringLiteral("evilpythonhosted.org"), 443));
    QVERIFY(list.match(QStringLiteral("127.0.0.1"), 4873));
    QVERIFY(!list.match(QStringLiteral("127.0.0.1"), 443));
    QVERIFY(list.match(QStringLiteral("::1"), 8080));
    QCOMPARE(list.hostPatterns(), (QStringList{QStringLiteral("registry.npmjs.org"), QStringLiteral("*.pythonhosted.org"),
                                               QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
}

void TestEgressProxy::requestParser_isStrict()
{
    QCOMPARE(EgressRequest::parse("CONNECT a.example:443 HTTP/1.1\r\n").status, EgressRequest::Status::Incomplete);
    const EgressRequest tunnel = EgressRequest::parse("CONNECT Pypi.ORG:443 HTTP/1.1\r\nHost: pypi.org:443\r\n\r\nrest");
    QCOMPARE(tunnel.status, EgressRequest::Status::Ok);
    QVERIFY(tunnel.tunnel);
    QCOMPARE(tunnel.host, QStringLiteral("pypi.org"));
    QCOMPARE(tunnel.port, 443);
    QCOMPARE(tunnel.headBytes, qsizetype(strlen("CONNECT Pypi.ORG:443 HTTP/1.1\r\nHost: pypi.org:443\r\n\r\n")));
    const EgressRequest v6 = EgressRequest::parse("CONNECT [2606:4700::1]:443 HTTP/1.1\r\n\r\n");
    QCOMPARE(v6.status, EgressRequest::Status::Ok);
    QCOMPARE(v6.host, QStringLiteral("2606:4700::1"));
    QCOMPARE(EgressRequest::parse("CONNECT 2606:4700::1:443 HTTP/1.1\r\n\r\n").status, EgressRequest::Status::Malformed);
    QCOMPARE(EgressRequest::parse("CONNECT a.example:0 HTTP/1.1\r\n\r\n").status, EgressRequest::Status::Malformed);
    QCOMPARE(EgressRequest::parse("CONNECT a.example:+443 HTTP/1.1\r\n\r\n").status, EgressRequest::Status::Malformed);
    const EgressRequest plain = EgressRequest::parse("GET http://a.example/x HTTP/1.0\r\n\r\n");
    QCOMPARE(plain.port, 80);
    QVERIFY(!plain.tunnel);
}

QTEST_GUILESS_MAIN(TestEgressProxy)
#include "test_egressproxy.moc"
