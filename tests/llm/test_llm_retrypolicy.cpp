// SPDX-License-Identifier: MIT
#include "net/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void statuses_retriedAsTheSdkDoes_data();
    void statuses_retriedAsTheSdkDoes();
    void shouldRetryHeader_overridesTheStatus();
    void neverRetried_evenWhenTheServerSaysTrue();
    void retryAfter_secondsMillisecondsAndHttpDate();
    void retryAfterZero_fallsBackToBackoff();
    void serverWaitTooLong_isNotRetried();
    void backoff_doublesToTheCapWithJitter();
    void atMostThreeAttempts();
    void timeScale_shrinksEveryWait();
    void failures_retriedWhenRetryable();
};

void TestRetryPolicy::statuses_retriedAsTheSdkDoes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    for (int status : {408, 409, 429, 500, 502, 503, 504, 529})
        QTest::addRow("%d", status) << status << true;
    for (int status : {400, 401, 402, 403, 404, 413, 422})
        QTest::addRow("%d", status) << status << false;
}

void TestRetryPolicy::statuses_retriedAsTheSdkDoes()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    const RetryPolicy policy;
    QCOMPARE(policy.afterHttpError(status, {}, 1).retry, retry);
}

void TestRetryPolicy::shouldRetryHeader_overridesTheStatus()
{
    const RetryPolicy policy;
    const RetryHints no = RetryHints::fromHeaders({{"X-Should-Retry", "false"}});
    QCOMPARE(no.shouldRetry, std::optional<bool>(false));
    QVERIFY(!policy.afterHttpError(529, no, 1).retry);
    QVERIFY(!policy.afterFailure(true, 1, no).retry);
    const RetryHints yes = RetryHints::fromHeaders({{"x-should-retry", "true"}});
    QVERIFY(policy.afterHttpError(422, yes, 1).retry);
}

void TestRetryPolicy::neverRetried_evenWhenTheServerSaysTrue()
{
    const RetryPolicy policy;
    const RetryHints yes = RetryHints::fromHeaders({{"x-should-retry", "true"}, {"retry-after", "1"}});
    for (int status : {400, 401, 403, 404, 413})
        QVERIFY2(!policy.afterHttpError(status, yes, 1).retry, qPrintable(QString::number(status)));
}

void TestRetryPolicy::retryAfter_secondsMillisecondsAndHttpDate()
{
    QCOMPARE(RetryHints::fromHeaders({{"retry-after", "3"}}).retryAfter, std::optional(3000ms));
    QCOMPARE(RetryHints::fromHeaders({{"retry-after", "1.5"}}).retryAfter, std::optional(1500ms));
    // retry-after-ms is more precise and wins.
    QCOMPARE(RetryHints::fromHeaders({{"retry-after", "3"}, {"retry-after-ms", "250"}}).retryAfter,
             std::optional(250ms));
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(RetryHints::fromHeaders({{"Retry-After", "Tue, 24 Nov 2026 10:00:07 GMT"}}, now).retryAfter,
             std::optional(7000ms));
    QCOMPARE(RetryHints::fromHeaders({{"retry-after", "Tue, 24 Nov 2026 09:00:00 GMT"}}, now).retryAfter,
             std::optional(0ms));
    QVERIFY(!RetryHints::fromHeaders({{"retry-after", "soon"}}).retryAfter);

    RetryPolicy policy;
    policy.jitter = false;
    const RetryPolicy::Decision decision = policy.afterHttpError(429, RetryHints::fromHeaders({{"retry-after", "2"}}), 1);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delay, 2000ms);
}

void TestRetryPolicy::retryAfterZero_fallsBackToBackoff()
{
    RetryPolicy policy;
    policy.jitter = false;
    const RetryPolicy::Decision decision = policy.afterHttpError(429, RetryHints::fromHeaders({{"retry-after", "0"}}), 1);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delay, 500ms);
}

void TestRetryPolicy::serverWaitTooLong_isNotRetried()
{
    const RetryPolicy policy;
    QVERIFY(!policy.afterHttpError(429, RetryHints::fromHeaders({{"retry-after", "3600"}}), 1).retry);
}

void TestRetryPolicy::backoff_doublesToTheCapWithJitter()
{
    RetryPolicy exact;
    exact.jitter = false;
    QCOMPARE(exact.backoff(0), 500ms);
    QCOMPARE(exact.backoff(1), 1000ms);
    QCOMPARE(exact.backoff(2), 2000ms);
    QCOMPARE(exact.backoff(4), 8000ms);
    QCOMPARE(exact.backoff(9), 8000ms);
    const RetryPolicy jittered;
    for (int i = 0; i < 200; ++i) {
        const auto delay = jittered.backoff(1);
        QVERIFY2(delay >= 750ms && delay <= 1000ms, qPrintable(QString::number(delay.count())));
    }
}

void TestRetryPolicy::atMostThreeAttempts()
{
    const RetryPolicy policy;
    QVERIFY(policy.afterHttpError(500, {}, 1).retry);
    QVERIFY(policy.afterHttpError(500, {}, 2).retry);
    QVERIFY(!policy.afterHttpError(500, {}, 3).retry);
}

void TestRetryPolicy::timeScale_shrinksEveryWait()
{
    RetryPolicy policy;
    policy.jitter = false;
    policy.timeScale = 0.01;
    QCOMPARE(policy.afterHttpError(500, {}, 1).delay, 5ms);
    QCOMPARE(policy.afterHttpError(429, RetryHints::fromHeaders({{"retry-after", "2"}}), 1).delay, 20ms);
}

void TestRetryPolicy::failures_retriedWhenRetryable()
{
    const RetryPolicy policy;
    QVERIFY(policy.afterFailure(true, 1).retry);
    QVERIFY(!policy.afterFailure(false, 1).retry);
    QVERIFY(!policy.afterFailure(true, 3).retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_llm_retrypolicy.moc"
