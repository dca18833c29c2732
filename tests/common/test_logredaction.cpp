// SPDX-License-Identifier: MIT
#include "common/logredaction.h"

#include <QTest>

class TestLogRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void headers_loseTheirValues_data();
    void headers_loseTheirValues();
    void plainText_isLeftAlone();
};

void TestLogRedaction::headers_loseTheirValues_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("anthropic header") << QStringLiteral("POST /v1/messages x-api-key: sk-ant-api03-abcdefgh123") << QStringLiteral("sk-ant-api03-abcdefgh123");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer tok_live_123456") << QStringLiteral("tok_live_123456");
    QTest::newRow("e2b header json") << QStringLiteral(R"({"X-API-Key":"e2b_0123456789abcdef"})") << QStringLiteral("e2b_0123456789abcdef");
    QTest::newRow("access token") << QStringLiteral("X-Access-Token=abcdef0123456789") << QStringLiteral("abcdef0123456789");
    QTest::newRow("bare key") << QStringLiteral("using key sk-ant-admin01-zzzzzzzzzzzz now") << QStringLiteral("sk-ant-admin01-zzzzzzzzzzzz");
}

void TestLogRedaction::headers_loseTheirValues()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = LogRedaction::redact(line);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(u"[redacted]"));
}

void TestLogRedaction::plainText_isLeftAlone()
{
    const QString line = QStringLiteral("Session 1504a4ca starting -> ready http://127.0.0.1:41867/");
    QCOMPARE(LogRedaction::redact(line), line);
}

QTEST_APPLESS_MAIN(TestLogRedaction)
#include "test_logredaction.moc"
