// SPDX-License-Identifier: MIT
#pragma once

#include "store/usagerecords.h"

#include <QCoreApplication>
#include <QString>

// The timeline's line for one model request: what it was for, its tokens
// (with what the prompt cache read and wrote, which are billed at their own
// prices), and its price, or that its price is unknown.
class ModelRequestLine final
{
    Q_DECLARE_TR_FUNCTIONS(ModelRequestLine)

public:
    static QString describe(const LlmUsageRecord &request);
};
