// SPDX-License-Identifier: MIT
#pragma once

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
