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
    std::chrono::seconds defaultTimeout;
    std::chrono::seconds maxLifetime;
    int creationsPerSecond;
};

PlanLimits planLimits(Plan plan);
QString planToString(Plan plan);
bool planFromString(const QString &text, Plan *plan);

// Where a sandbox created at `createdAt` that ends at `currentEnd` ends once
// extended: `more` after its current end, or, when `more` is zero, the
// plan's default timeout from now (the Extend button); never past the plan's
// longest run, counted from its creation as E2B counts it. Invalid, with
// `refusal` saying why, when that is not at least a minute more.
QDateTime extendedEnd(Plan plan, const QDateTime &createdAt, const QDateTime &currentEnd, std::chrono::seconds more,
                      SpawnError *refusal);
