// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/deployoptions.h"
#include "sandbox/sandboxtypes.h"
#include "session/plan.h"

#include <chrono>

// How long before its sandbox ends a session warns (the GUI shows it and
// offers to extend); a held session is extended a minute before that.
inline constexpr std::chrono::minutes DefaultExpiryWarning{5};

// How one run of a session is set up: its sandbox and its deployment.
struct RunOptions
{
    SandboxSpec sandbox;
    DeployOptions deploy;
    Plan plan = Plan::Hobby;
    // The plan's limits as the overrides set them: the ceiling and step of
    // extensions (the sandbox's own timeout is in `sandbox`).
    PlanLimits limits = planLimits(Plan::Hobby);
    // How often resource use is read into usage_metrics while the app runs.
    std::chrono::milliseconds usageInterval{std::chrono::seconds(10)};
    std::chrono::milliseconds expiryWarning{DefaultExpiryWarning};
};
