// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxtypes.h"

#include <QDateTime>
#include <QJsonArray>

// Turns GET /sandboxes/{id}/metrics (a sample every 5 s) into SandboxUsage:
// what the app used, and what E2B bills: allocated vCPUs and GiB times the
// seconds the sandbox has run.
class E2bUsage final
{
public:
    struct Allocation
    {
        int cpuCount = 0;  // 0: take it from the samples
        int memoryMB = 0;
        QDateTime startedAt;
        QDateTime endedAt;  // now, or the end if it is past
    };

    static SandboxUsage fromMetrics(const QJsonArray &samples, const Allocation &allocation);
};
