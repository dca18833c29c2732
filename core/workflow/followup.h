// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

class SessionRunner;

// One change asked of a ready generated app (SessionManager::followUp).
// finished() comes exactly once: refused (wasRefused(), on the loop's next
// turn), failed or stopped (the running version is kept, or the run ended),
// or succeeded once the changed app is ready. Before that, accepted() says
// that the runner took the change, for a caller that answers then (the
// API). The caller owns it; dropping it leaves the change running.
class FollowUp final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUp)

public:
    explicit FollowUp(QObject *parent = nullptr);
    ~FollowUp() override;

    // Nothing was asked: finishes with `error` on the loop's next turn.
    void refuse(const SpawnError &error);
    // `runner` took the change: follows it to its end.
    void watch(SessionRunner *runner);
    bool wasRefused() const { return m_refused; }
    // The version the change made, once succeeded.
    int version() const { return m_version; }

signals:
    void accepted();

private:
    bool m_refused = false;
    int m_version = 0;
};
