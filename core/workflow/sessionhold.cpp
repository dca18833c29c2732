// SPDX-License-Identifier: MIT
#include "sessionhold.h"

#include "sessionholds.h"

SessionHold::SessionHold(SessionHolds *holds, const QString &sessionId, QObject *parent)
    : QObject(parent)
    , m_holds(holds)
    , m_sessionId(sessionId)
{
}

SessionHold::~SessionHold()
{
    // The manager may have gone first (the window outlives it at quit).
    if (m_holds)
        m_holds->release(m_sessionId);
}
