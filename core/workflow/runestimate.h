// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costestimator.h"
#include "common/promptimage.h"
#include "session/plan.h"

#include <QString>

struct GenerationSettings;
struct SpawnRequest;
class SessionStore;

// What a spawn or a change to a running app will cost (CostEstimator over
// the history): the one estimate the form shows, the budget checks and the
// session stores (SessionManager::estimate(), estimateFollowUp()).
class RunEstimate final
{
public:
    // `limits` give the lifetime the sandbox will get, overrides included.
    static CostEstimate ofSpawn(const SpawnRequest &request, const PlanLimits &limits, SessionStore &store);
    // A change `request` to the app of `sessionId`, written by `settings`'
    // model (null: none known, an estimate without the model's part), with
    // the pictures that go with it.
    static CostEstimate ofChange(const QString &sessionId, const QString &request, const GenerationSettings *settings,
                                 SessionStore &store, const QList<PromptImage> &images = {});
};
