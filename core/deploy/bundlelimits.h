// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Caps on what one app may bring into a sandbox. They keep a runaway
// generation or a wrong --from-dir folder from filling the workspace.
struct BundleLimits
{
    qint64 maxFileBytes = 2LL * 1024 * 1024;
    qint64 maxTotalBytes = 20LL * 1024 * 1024;
    int maxFiles = 500;
};
