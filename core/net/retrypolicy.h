// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <chrono>
#include <optional>

// What the response headers say about retrying (Anthropic and the official
// SDK: retry-after-ms, retry-after, x-should-retry).
struct RetryHints
{
    std::optional<bool> shouldRetry;                    // x-should-retry: true / false
    std::optional<std::chrono::milliseconds> retryAfter;  // from retry-after-ms or retry-after

    static RetryHints fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
};

// When and how long to wait before another attempt, as the official
// TypeScript SDK does it: at most 3 attempts, retry on connection failures,
// 408, 409, 429 and 5xx unless x-should-retry says otherwise, wait what the
// server asks or 0.5 s doubling up to 8 s less up to 25 % jitter.
// A value type: each client holds a copy, tests shrink the waits with
// timeScale so a retry takes milliseconds.
class RetryPolicy final
{
public:
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
    };

    int maxAttempts = 3;
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // A server asking for a longer wait is not obeyed silently: the failure
    // goes to the user, who can try again later (notes, 1.11).
    std::chrono::milliseconds maxServerDelay{60000};
    double timeScale = 1.0;  // every wait is multiplied by this (tests: 0.01)
    bool jitter = true;

    // Whether the status is worth another attempt when headers say nothing.
    static bool isRetryableStatus(int httpStatus);
    // Statuses that no header can make worth repeating.
    static bool isNeverRetriedStatus(int httpStatus);

    // After an HTTP error response. attemptsMade counts the one that failed.
    Decision afterHttpError(int httpStatus, const RetryHints &hints, int attemptsMade) const;
    // After a failure with no usable status (connection refused, reset, a
    // timeout, a stream cut short, an error event): retry if it can help.
    Decision afterFailure(bool retryable, int attemptsMade, const RetryHints &hints = {}) const;

    // The default wait before retry number `retriesDone + 1`.
    std::chrono::milliseconds backoff(int retriesDone) const;

private:
    Decision decide(bool retry, const RetryHints &hints, int attemptsMade) const;
    std::chrono::milliseconds scaled(std::chrono::milliseconds delay) const;
};
