// SPDX-License-Identifier: MIT
#pragma once

#include "sessionevent.h"

#include <QObject>
#include <QString>

class SessionStore;
struct SessionChange;

// Follows one session through the change feed for everything that shows it
// (the window's session view and its parts), whichever process changes it:
// one watcher per shown session instead of each widget listening to the
// store. Signals come in the feed's order; a change made in this process
// arrives before the call that made it returns.
class SessionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWatcher)

public:
    // `store` must outlive the watcher.
    explicit SessionWatcher(SessionStore *store, QObject *parent = nullptr);
    ~SessionWatcher() override;

    // Follows `sessionId` from now on (empty: none). The timeline entries it
    // holds already are read by the caller; eventAppended() brings the ones after.
    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

signals:
    // The session's row, versions or costs changed (or it was deleted):
    // re-read it. Carries the id so slots written for SessionStore fit.
    void sessionChanged(const QString &sessionId);
    // A new timeline entry, once each, oldest first.
    void eventAppended(const QString &sessionId, const SessionEvent &event);
    // Bytes [from, to) of the session's log file were written.
    void logWritten(const QString &sessionId, qint64 from, qint64 to);
    // A new version of the app was stored.
    void filesChanged(const QString &sessionId);

private:
    void onChanged(const SessionChange &change);
    void readEvents();

    SessionStore *m_store;
    QString m_sessionId;
    qint64 m_lastEventId = 0;
};
