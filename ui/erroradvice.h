// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/plan.h"

#include <QCoreApplication>

#include <optional>

// What helps with a stored error: trying again, a different API key, a
// higher limit (the plan or the sandbox's), or the plan the E2B account
// really has. The session view offers the matching button next to the
// message.
class ErrorAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvice)

public:
    enum class Action
    {
        None,
        Retry,
        EditKey,
        RaiseLimit,
        SetPlan,  // planToSet() says which
    };

    static Action actionFor(const SpawnError &error);
    // For SetPlan: the plan the E2B account allows ("set the plan to Hobby").
    static std::optional<Plan> planToSet(const SpawnError &error);
};
