// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeWidget>

class SessionStore;
class TimelinePictures;
class SessionWatcher;
struct SessionEvent;

// The timeline of one session, oldest first: when it was created, each
// status move and each workflow step, and the pictures that went with the
// prompt and each follow-up (TimelinePictures). Entries the store appends while the
// session is shown are added at once.
class SessionTimeline final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTimeline)

public:
    // Follows the session through `watcher` (SessionActions::watcher()).
    SessionTimeline(SessionStore *store, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionTimeline() override;

    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

private:
    void onEventAppended(const QString &sessionId, const SessionEvent &event);
    void append(const SessionEvent &event);

    SessionStore *m_store;
    TimelinePictures *m_pictures;
    QString m_sessionId;
    qint64 m_lastEventId = 0;
};
