// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The picker's page script (ElementPicker). `prefix` starts each message
// it writes to the console: {"type": "picked" | "edited" | "editing" |
// "cancelled", "element": {...}, "old": …, "new": …}.
namespace ElementPickerScript {
QString start(const QString &prefix);
// Ends picking and leaves the page as it was (an edit is undone).
QString cancel();
// Ends an in-place edit as Enter does.
QString commit();
// The overlay's id in the page, for the tests.
inline constexpr char OverlayId[] = "__spawnai_pick_overlay";
}
