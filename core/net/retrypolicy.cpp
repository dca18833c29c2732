// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.net.retry", QtInfoMsg)

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

std::optional<double> parseNumber(const QByteArray &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the obsolete
// forms are not worth the code: no current server sends them).
std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    QString value = QString::fromLatin1(text);
    if (value.endsWith(u" GMT"))
        value.chop(4);
    const QDateTime local = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
} // namespace

RetryHints RetryHints::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now)
{
    RetryHints hints;
    const QByteArray shouldRetry = headerValue(headers, "x-should-retry").toLower();
    if (shouldRetry == "true")
        hints.shouldRetry = true;
    else if (shouldRetry == "false")
        hints.shouldRetry = false;

    // retry-after-ms is more precise, so it wins, as in the SDK.
    if (const auto ms = parseNumber(headerValue(headers, "retry-after-ms")); ms && *ms >= 0) {
        hints.retryAfter = std::chrono::milliseconds(qint64(*ms));
        return hints;
    }
    const QByteArray retryAfter = headerValue(headers, "retry-after");
    if (retryAfter.isEmpty())
        return hints;
    if (const auto seconds = parseNumber(retryAfter); seconds && *seconds >= 0) {
        hints.retryAfter = std::chrono::milliseconds(qint64(*seconds * 1000));
    } else if (const auto date = parseHttpDate(retryAfter)) {
        hints.retryAfter = std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(*date)));
    } else {
        qCDebug(lc) << "unreadable retry-after:" << retryAfter;
    }
    return hints;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

bool RetryPolicy::isNeverRetriedStatus(int httpStatus)
{
    return httpStatus == 400 || httpStatus == 401 || httpStatus == 403 || httpStatus == 404
        || httpStatus == 413;
}

RetryPolicy::Decision RetryPolicy::afterHttpError(int httpStatus, const RetryHints &hints, int attemptsMade) const
{
    if (isNeverRetriedStatus(httpStatus))
        return {};
    // The server knows best (x-should-retry), except for the statuses above:
    // repeating a bad key or a bad request only costs time.
    const bool retry = hints.shouldRetry.value_or(isRetryableStatus(httpStatus));
    return decide(retry, hints, attemptsMade);
}

RetryPolicy::Decision RetryPolicy::afterFailure(bool retryable, int attemptsMade, const RetryHints &hints) const
{
    return decide(retryable && hints.shouldRetry.value_or(true), hints, attemptsMade);
}

RetryPolicy::Decision RetryPolicy::decide(bool retry, const RetryHints &hints, int attemptsMade) const
{
    if (!retry || attemptsMade >= maxAttempts)
        return {};
    // As SDK 1.x: a server wait of 0 means "no opinion", so the backoff applies.
    if (hints.retryAfter && hints.retryAfter->count() > 0) {
        if (*hints.retryAfter > maxServerDelay) {
            qCDebug(lc) << "server asks to wait" << hints.retryAfter->count() << "ms: too long, not retrying";
            return {};
        }
        return {true, scaled(*hints.retryAfter)};
    }
    return {true, backoff(attemptsMade - 1)};
}

std::chrono::milliseconds RetryPolicy::backoff(int retriesDone) const
{
    const double base = std::min<double>(double(initialDelay.count()) * std::pow(2.0, std::max(0, retriesDone)),
                                         double(maxDelay.count()));
    // Up to 25 % shorter, so clients that failed together do not return together.
    const double factor = jitter ? 1.0 - 0.25 * QRandomGenerator::global()->generateDouble() : 1.0;
    return scaled(std::chrono::milliseconds(qint64(base * factor)));
}

std::chrono::milliseconds RetryPolicy::scaled(std::chrono::milliseconds delay) const
{
    return std::chrono::milliseconds(qint64(std::llround(double(delay.count()) * std::max(0.0, timeScale))));
}
