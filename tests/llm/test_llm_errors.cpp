// SPDX-License-Identifier: MIT
#include "llm/llmerrors.h"
#include "llmfixtures.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

Q_DECLARE_METATYPE(ErrorKind)

class TestLlmErrors final : public QObject
{
    Q_OBJECT

private slots:
    void anthropicStatuses_data();
    void anthropicStatuses();
    void spendLimit429_isAUserError();
    void openAiShapes_areRead();
    void streamErrorTypes_mapLikeTheirStatus();
    void localServerUnreachable_namesTheServer();
    void afterText_andAfterAttempts_sayWhy();

private:
    static LlmEndpoint claude();
    static LlmEndpoint ollama();
};

LlmEndpoint TestLlmErrors::claude()
{
    return {QStringLiteral("anthropic"), QStringLiteral("Claude"), QUrl(QStringLiteral("https://api.anthropic.com")), false};
}

LlmEndpoint TestLlmErrors::ollama()
{
    return {QStringLiteral("openai"), QStringLiteral("Ollama"), QUrl(QStringLiteral("http://localhost:11434/v1")), true};
}

void TestLlmErrors::anthropicStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("mentions");
    using namespace Fixtures;
    QTest::newRow("400") << 400 << anthropicError("invalid_request_error", "max_tokens: 999999 > 128000")
                         << ErrorKind::User << false << QStringLiteral("max_tokens: 999999 > 128000");
    QTest::newRow("401") << 401 << anthropicError("authentication_error", "invalid x-api-key") << ErrorKind::User
                         << false << QStringLiteral("Claude rejected the API key: update it in Settings");
    QTest::newRow("402") << 402 << anthropicError("billing_error", "Your credit balance is too low") << ErrorKind::User
                         << false << QStringLiteral("billing");
    QTest::newRow("403") << 403 << anthropicError("permission_error", "not allowed") << ErrorKind::User << false
                         << QStringLiteral("not allowed");
    QTest::newRow("404") << 404 << anthropicError("not_found_error", "model: claude-nope") << ErrorKind::User << false
                         << QStringLiteral("check the model name");
    QTest::newRow("413 from Cloudflare") << 413 << QByteArray("<html><body>413 Request Entity Too Large</body></html>")
                                         << ErrorKind::User << false << QStringLiteral("too large");
    QTest::newRow("429 rate") << 429 << anthropicError("rate_limit_error", "Number of requests has exceeded your per-minute rate limit")
                              << ErrorKind::Api << true << QStringLiteral("rate limit");
    QTest::newRow("500") << 500 << anthropicError("api_error", "Internal server error") << ErrorKind::Api << true
                         << QStringLiteral("internal error");
    QTest::newRow("504") << 504 << anthropicError("timeout_error", "Request timed out") << ErrorKind::Api << true
                         << QStringLiteral("too long");
    QTest::newRow("529") << 529 << anthropicError("overloaded_error", "Overloaded") << ErrorKind::Api << true
                         << QStringLiteral("overloaded");
}

void TestLlmErrors::anthropicStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, mentions);
    const RetryHints hints = RetryHints::fromHeaders({{"retry-after", "5"}});
    const SpawnError error = LlmErrors::forHttpStatus(claude(), status, body, hints, QStringLiteral("claude-nope"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestLlmErrors::spendLimit429_isAUserError()
{
    // No retry-after: Anthropic's sign of a tier spend cap.
    const SpawnError silent = LlmErrors::forHttpStatus(
        claude(), 429, Fixtures::anthropicError("rate_limit_error", "You have reached your usage cap"), {}, {});
    QCOMPARE(silent.kind, ErrorKind::User);
    QVERIFY(!silent.retryable);
    QVERIFY(silent.message.contains(u"spend"));
    // The words give it away even with a retry-after.
    const SpawnError worded = LlmErrors::forHttpStatus(
        claude(), 429,
        R"({"type":"error","error":{"type":"rate_limit_error","message":"Workspace limit","details":{"error_code":"enforced_spend_limit_reached"}}})",
        RetryHints::fromHeaders({{"retry-after", "30"}}), {});
    QCOMPARE(worded.kind, ErrorKind::User);
    // An OpenAI-style quota error.
    const SpawnError quota = LlmErrors::forHttpStatus(
        ollama(), 429, R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})",
        {}, {});
    QCOMPARE(quota.kind, ErrorKind::User);
    // A local server's 429 without retry-after is just busy.
    const SpawnError busy = LlmErrors::forHttpStatus(
        ollama(), 429, R"({"error":{"message":"server busy","type":"api_error","param":null,"code":null}})", {}, {});
    QCOMPARE(busy.kind, ErrorKind::Api);
    QVERIFY(busy.retryable);
}

void TestLlmErrors::openAiShapes_areRead()
{
    const auto ollamaBody = LlmErrors::Body::parse(
        R"({"error":{"message":"model \"llama9\" not found, try pulling it first","type":"not_found_error","param":null,"code":null}})");
    QCOMPARE(ollamaBody.type, u"not_found_error");
    QVERIFY(ollamaBody.message.contains(u"try pulling"));
    const auto llamaCpp = LlmErrors::Body::parse(
        R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})");
    QCOMPARE(llamaCpp.status, 503);
    const auto lmStudio = LlmErrors::Body::parse(R"({"error":"No models loaded"})");
    QCOMPARE(lmStudio.message, u"No models loaded");

    const SpawnError notFound = LlmErrors::forHttpStatus(
        ollama(), 404, R"({"error":{"message":"model \"llama9\" not found","type":"not_found_error","param":null,"code":null}})",
        {}, QStringLiteral("llama9"));
    QCOMPARE(notFound.kind, ErrorKind::User);
    QVERIFY(notFound.message.contains(u"check the model name"));
    QVERIFY(notFound.message.contains(u"ollama pull llama9"));
}

void TestLlmErrors::streamErrorTypes_mapLikeTheirStatus()
{
    LlmErrors::Body overloaded;
    overloaded.type = QStringLiteral("overloaded_error");
    overloaded.message = QStringLiteral("Overloaded");
    const SpawnError error = LlmErrors::forStreamError(claude(), overloaded, {});
    QCOMPARE(error.kind, ErrorKind::Api);
    QVERIFY(error.retryable);
    QVERIFY(error.message.contains(u"overloaded"));

    LlmErrors::Body invalid;
    invalid.type = QStringLiteral("invalid_request_error");
    invalid.message = QStringLiteral("bad");
    QCOMPARE(LlmErrors::forStreamError(claude(), invalid, {}).kind, ErrorKind::User);

    LlmErrors::Body unknown;
    unknown.type = QStringLiteral("brand_new_error");
    unknown.message = QStringLiteral("something new");
    const SpawnError newError = LlmErrors::forStreamError(claude(), unknown, {});
    QCOMPARE(newError.kind, ErrorKind::Api);
    QVERIFY(newError.message.contains(u"something new"));
}

void TestLlmErrors::localServerUnreachable_namesTheServer()
{
    const SpawnError refused = LlmErrors::forNetworkError(ollama(), QNetworkReply::ConnectionRefusedError,
                                                          QStringLiteral("Connection refused"));
    QCOMPARE(refused.message, u"Could not reach http://localhost:11434/v1: is Ollama running?");
    QCOMPARE(refused.kind, ErrorKind::Api);
    QVERIFY(refused.retryable);
    const SpawnError offline = LlmErrors::forNetworkError(claude(), QNetworkReply::HostNotFoundError,
                                                          QStringLiteral("Host api.anthropic.com not found"));
    QVERIFY(offline.message.contains(u"internet connection"));
}

void TestLlmErrors::afterText_andAfterAttempts_sayWhy()
{
    const SpawnError base = SpawnError::api(QStringLiteral("Claude is overloaded right now"), true);
    QVERIFY(LlmErrors::afterText(base).message.contains(u"not retried automatically"));
    QVERIFY(LlmErrors::afterAttempts(base, 3).message.contains(u"3 attempts"));
    QCOMPARE(LlmErrors::afterAttempts(base, 1).message, base.message);
}

QTEST_GUILESS_MAIN(TestLlmErrors)
#include "test_llm_errors.moc"
