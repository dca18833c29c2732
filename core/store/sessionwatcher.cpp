// SPDX-License-Identifier: MIT
#include "sessionwatcher.h"

#include "changefeed.h"
#include "sessionchange.h"
#include "sessionstore.h"

SessionWatcher::SessionWatcher(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store->feed(), &ChangeFeed::changed, this, &SessionWatcher::onChanged);
}

SessionWatcher::~SessionWatcher() = default;

void SessionWatcher::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_lastEventId = 0;
    if (sessionId.isEmpty())
        return;
    // Only what comes after now: the views read the timeline they start with.
    const QList<SessionEvent> events = m_store->events(sessionId);
    if (!events.isEmpty())
        m_lastEventId = events.constLast().id;
}

void SessionWatcher::onChanged(const SessionChange &change)
{
    if (change.sessionId != m_sessionId || m_sessionId.isEmpty())
        return;
    const QString id = m_sessionId;
    switch (change.type) {
    case ChangeType::Log:
        emit logWritten(id, change.payload.value(u"from").toInteger(), change.payload.value(u"to").toInteger());
        return;
    case ChangeType::Step:
        readEvents();
        return;
    case ChangeType::File:
        readEvents();
        emit filesChanged(id);
        break;
    case ChangeType::Created:
    case ChangeType::Status:
    case ChangeType::Error:
    case ChangeType::Cost:
    case ChangeType::Deleted:
        readEvents();
        break;
    }
    if (id == m_sessionId)
        emit sessionChanged(id);
}

void SessionWatcher::readEvents()
{
    // The timeline's own ids: several changes may describe one entry, and
    // entries of other processes arrive only through the file.
    const QString id = m_sessionId;
    const QList<SessionEvent> events = m_store->events(id, m_lastEventId);
    for (const SessionEvent &event : events) {
        if (id != m_sessionId)
            return;
        m_lastEventId = event.id;
        emit eventAppended(id, event);
    }
}
