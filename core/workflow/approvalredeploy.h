// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"
#include "session/sessionstatus.h"

#include <QPointer>
#include <QStringList>

class SessionManager;

// "Allow and redeploy": stores the approval of `names` with the session,
// stops the app if it runs here, and redeploys the stored version, whose
// install now runs those packages' scripts. Finishes once the redeploy has
// begun (or was refused); the new run reports like any other.
class ApprovalRedeploy final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalRedeploy)

public:
    ApprovalRedeploy(SessionManager *manager, QString sessionId, QStringList names, QObject *parent = nullptr);

    void start();

protected:
    void abortWork() override;

private:
    void onSessionEnded(const QString &sessionId, SessionStatus status);
    void redeploy();

    QPointer<SessionManager> m_manager;
    QString m_sessionId;
    QStringList m_names;
};
