// SPDX-License-Identifier: MIT
#pragma once

// `spawnai list --ids` and `spawnai list --templates`: one name per line and
// nothing else, for shell completion and scripts. Neither sweeps E2B, reads
// the keychain or reconciles a crash: a completion must answer at once and
// change nothing (a data folder without a history stays without one).
class QuietListing final
{
public:
    static int ids(int limit);
    static int templates();
};
