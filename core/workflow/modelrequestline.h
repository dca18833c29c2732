// SPDX-License-Identifier: MIT
#pragma once

#include "store/usagerecords.h"

#include <QString>

// The timeline's line for one model request: what it was for, its tokens
// (with what the prompt cache read and wrote, which are billed at their own
// prices), and its price, or that its price is unknown.
namespace ModelRequestLine {
QString describe(const LlmUsageRecord &request);
}
