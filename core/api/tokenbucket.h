// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// A token bucket: up to `capacity` at once, refilled at `perSecond`.
// Times are milliseconds of a monotonic clock, passed in so tests need no
// sleeping.
class TokenBucket final
{
public:
    TokenBucket(double capacity, double perSecond);

    // Takes one; false when empty, with the whole seconds until one is back.
    bool take(qint64 nowMs, int *retryAfterSeconds = nullptr);

private:
    double m_capacity;
    double m_perSecond;
    double m_level;
    qint64 m_lastMs = -1;
};
