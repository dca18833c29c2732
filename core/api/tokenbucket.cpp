// SPDX-License-Identifier: MIT
#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

TokenBucket::TokenBucket(double capacity, double perSecond)
    : m_capacity(capacity)
    , m_perSecond(perSecond)
    , m_level(capacity)
{
}

bool TokenBucket::take(qint64 nowMs, int *retryAfterSeconds)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_level = std::min(m_capacity, m_level + double(nowMs - m_lastMs) / 1000.0 * m_perSecond);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_level >= 1.0 - 1e-9) {
        m_level -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - m_level) / m_perSecond)));
    return false;
}
