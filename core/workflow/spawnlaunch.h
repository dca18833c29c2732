// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costestimator.h"
#include "common/asyncoperation.h"
#include "sessionmanager.h"

#include <QPointer>

#include <chrono>

class CountTokens;
class QTimer;

// Starts a session the way every front end does (the window, the command
// line). For an app the model writes at a known price, the service counts
// the opening prompt first (Anthropic's count_tokens), so the budget checks,
// and the session stores, the same estimate the new-app form showed; a
// service that cannot count, or does not answer within five seconds, leaves
// the estimate to the prompt's length. Nothing is counted for a free model
// or one whose price is unknown: with a budget set, the latter is refused
// before anything is sent. Finishes with the session id, or the refusal.
class SpawnLaunch final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpawnLaunch)

public:
    SpawnLaunch(SessionManager *manager, SpawnRequest request, QObject *parent = nullptr);
    ~SpawnLaunch() override;

    void start();
    QString sessionId() const { return m_sessionId; }
    // The estimate the spawn was checked with (after the count, if any).
    const CostEstimate &estimate() const { return m_estimate; }
    // How long the count may take before the prompt's length is used (5 s).
    void setCountDeadline(std::chrono::milliseconds deadline);

protected:
    void abortWork() override;

private:
    void onCounted();
    void spawnNow();

    QPointer<SessionManager> m_manager;
    SpawnRequest m_request;
    QPointer<CountTokens> m_count;
    QTimer *m_deadline;
    QString m_sessionId;
    CostEstimate m_estimate;
};
