// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QString>

#include <chrono>

// The seed's plans. They bound sandboxes of every kind, local ones too, so
// that moving an app to the cloud never surprises.
enum class Plan
{
    Hobby,
    Pro,
};

struct PlanLimits
{
    int maxConcurrentSessions;
    // How long a new sandbox runs (the default lifetime, or what the
    // overrides set), and what Extend adds each time.
    std::chrono::seconds defaultTimeout;
    // The longest a sandbox may run, counted from its creation.
    std::chrono::seconds maxLifetime;
    int creationsPerSecond;
};

// What a new sandbox gets unless the settings or the overrides say
// otherwise, on either plan: a sandbox nobody holds (a crash, a window
// that closed) ends this soon, not at the plan's longest run.
inline constexpr std::chrono::minutes DefaultLifetime{15};

PlanLimits planLimits(Plan plan);
QString planToString(Plan plan);
// "Hobby", "Pro": E2B's names for its plans, as the user sees them.
QString planDisplayName(Plan plan);
bool planFromString(const QString &text, Plan *plan);

// Where a sandbox created at `createdAt` that ends at `currentEnd` ends once
// extended: `more` after its current end (or after now, if that is later),
// or, when `more` is zero, one step of the plan's default timeout (the
// Extend button); never past the plan's longest run, counted from its
// creation as E2B counts it. Invalid, with `refusal` saying why, when the
// plan leaves less than a minute (half a step, for shorter steps) to give.
QDateTime extendedEnd(Plan plan, const PlanLimits &limits, const QDateTime &createdAt, const QDateTime &currentEnd,
                      std::chrono::seconds more, SpawnError *refusal);
