// SPDX-License-Identifier: MIT
#include "sandbox/e2b/connecterror.h"

#include <QTest>

class TestE2bConnectError final : public QObject
{
    Q_OBJECT

private slots:
    void stringCode_isTakenAsIs();
    void integerCode_fallsBackToTheHttpStatus_data();
    void integerCode_fallsBackToTheHttpStatus();
    void nonJsonBody_usesTheStatus();
    void endStream_emptyIsSuccess();
    void endStream_errorIsRead();
    void endStream_notJsonIsAnError();
    void proxySandboxNotFound_meansGone();
    void spawnErrors_sayWhatHappened();
};

void TestE2bConnectError::stringCode_isTakenAsIs()
{
    const ConnectError error = ConnectError::fromHttp(404, R"({"code":"not_found","message":"process 7 not found"})");
    QCOMPARE(error.code, QStringLiteral("not_found"));
    QCOMPARE(error.message, QStringLiteral("process 7 not found"));
    QCOMPARE(error.httpStatus, 404);
}

void TestE2bConnectError::integerCode_fallsBackToTheHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("envd token check") << 401
                                      << QByteArray(R"({"code":401,"message":"unauthorized access, please provide a valid access token"})")
                                      << QStringLiteral("unauthenticated");
    QTest::newRow("proxy 502") << 502 << QByteArray(R"({"sandboxId":"i1","message":"The sandbox was not found","code":502})")
                               << QStringLiteral("unavailable");
    QTest::newRow("400") << 400 << QByteArray(R"({"code":400})") << QStringLiteral("internal");
    QTest::newRow("403") << 403 << QByteArray(R"({"code":403})") << QStringLiteral("permission_denied");
    QTest::newRow("404") << 404 << QByteArray(R"({"code":404})") << QStringLiteral("unimplemented");
    QTest::newRow("429") << 429 << QByteArray(R"({"code":429})") << QStringLiteral("unavailable");
    QTest::newRow("503") << 503 << QByteArray(R"({"code":503})") << QStringLiteral("unavailable");
    QTest::newRow("504") << 504 << QByteArray(R"({"code":504})") << QStringLiteral("unavailable");
    QTest::newRow("418") << 418 << QByteArray(R"({"code":418})") << QStringLiteral("unknown");
}

void TestE2bConnectError::integerCode_fallsBackToTheHttpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QCOMPARE(ConnectError::fromHttp(status, body).code, code);
}

void TestE2bConnectError::nonJsonBody_usesTheStatus()
{
    const ConnectError error = ConnectError::fromHttp(400, "Invalid host");
    QCOMPARE(error.code, QStringLiteral("internal"));
    QCOMPARE(error.message, QStringLiteral("Invalid host"));
}

void TestE2bConnectError::endStream_emptyIsSuccess()
{
    QVERIFY(!ConnectError::fromEndStream("{}").isError());
    QVERIFY(!ConnectError::fromEndStream(R"({"metadata":{"k":["v"]}})").isError());
}

void TestE2bConnectError::endStream_errorIsRead()
{
    const ConnectError error = ConnectError::fromEndStream(
        R"({"error":{"code":"deadline_exceeded","message":"context deadline exceeded"},"metadata":{}})");
    QCOMPARE(error.code, QStringLiteral("deadline_exceeded"));
    QCOMPARE(error.httpStatus, 504);
    QCOMPARE(ConnectError::httpStatusForCode(QStringLiteral("unauthenticated")), 401);
    QCOMPARE(ConnectError::httpStatusForCode(QStringLiteral("resource_exhausted")), 429);
}

void TestE2bConnectError::endStream_notJsonIsAnError()
{
    QVERIFY(ConnectError::fromEndStream("{").isError());
    QVERIFY(ConnectError::fromEndStream("").isError());
}

void TestE2bConnectError::proxySandboxNotFound_meansGone()
{
    QVERIFY(ConnectError::fromHttp(502, R"({"sandboxId":"i1","message":"The sandbox was not found","code":502})")
                .isSandboxGone());
    QVERIFY(!ConnectError::fromHttp(502, R"({"sandboxId":"i1","message":"The sandbox is running but port is not open","port":49983,"code":502})")
                 .isSandboxGone());
}

void TestE2bConnectError::spawnErrors_sayWhatHappened()
{
    const SpawnError gone = ConnectError::fromHttp(502, R"({"message":"The sandbox was not found","code":502})")
                                .toSpawnError(QStringLiteral("run npm"));
    QCOMPARE(gone.kind, ErrorKind::Api);
    QVERIFY(gone.message.contains(u"gone"));
    const SpawnError token = ConnectError::fromHttp(401, R"({"code":401,"message":"unauthorized access"})")
                                 .toSpawnError(QStringLiteral("run npm"));
    QVERIFY(token.message.contains(u"access token"));
    QVERIFY(!token.retryable);
    const SpawnError late = ConnectError::fromEndStream(R"({"error":{"code":"deadline_exceeded","message":"x"}})")
                                .toSpawnError(QStringLiteral("run npm"));
    QCOMPARE(late.kind, ErrorKind::Resource);
}

QTEST_GUILESS_MAIN(TestE2bConnectError)
#include "test_e2b_connecterror.moc"
