// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QDateTime>

#include <chrono>

class CloudSandboxes;
class QFileSystemWatcher;
class QTimer;
class SessionManager;
class SessionRunner;

// Gives a session's sandbox more time wherever it runs: here (its runner,
// as the Extend button does), in another SpawnAI process (asked through the
// RunRegistry, as `stop` asks, since a local sandbox lives inside the
// process that made it and an E2B sandbox's owner keeps its own expiry
// timer), or, for an E2B sandbox kept running while SpawnAI was closed,
// straight through E2B's timeout call by the sandbox's id. `more` zero
// means one step of the plan's default timeout past the current end
// (extendedEnd()). The store has the new end once it succeeds.
class SessionExtension final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionExtension)

public:
    // `manager` and `cloud` (null: no cloud sandboxes) must outlive it.
    SessionExtension(SessionManager *manager, CloudSandboxes *cloud, const QString &sessionId,
                     std::chrono::seconds more, QObject *parent = nullptr);
    ~SessionExtension() override;

    // How long another process gets to answer.
    void setAnswerLimit(std::chrono::milliseconds limit) { m_answerLimit = limit; }
    void start();
    // The sandbox's new end, once succeeded.
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    void extendHere(SessionRunner *runner);
    void askOwner();
    void checkOwnerAnswer();
    void extendKept();
    void succeedWith(const QDateTime &expiresAt);

    SessionManager *m_manager;
    CloudSandboxes *m_cloud;
    QString m_sessionId;
    std::chrono::seconds m_more;
    std::chrono::milliseconds m_answerLimit{15000};
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_limit = nullptr;
    QDateTime m_expiresAt;
};
