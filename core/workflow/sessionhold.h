// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class SessionHolds;

// One holder's interest in a session: the window while it shows the
// session's app, and (documented for them) the local API or an MCP client
// while they use it. While any hold on a session lives, its sandbox is
// extended by itself before its end (RunAutoExtend), within the plan's
// longest run and the budget. The hold is this object's lifetime: delete
// it, or let its parent go, to release it. Made by SessionManager::hold().
class SessionHold final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHold)

public:
    ~SessionHold() override;

    const QString &sessionId() const { return m_sessionId; }

private:
    friend class SessionHolds;
    SessionHold(SessionHolds *holds, const QString &sessionId, QObject *parent);

    QPointer<SessionHolds> m_holds;
    QString m_sessionId;
};
