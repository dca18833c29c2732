// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// spawnai.e2b: everything the E2B client logs. Keys and tokens never reach it:
// only methods, paths, statuses and E2B's error messages (redacted anyway).
Q_DECLARE_LOGGING_CATEGORY(lcE2b)
