// SPDX-License-Identifier: MIT
#include "e2blog.h"

Q_LOGGING_CATEGORY(lcE2b, "spawnai.e2b", QtInfoMsg)
