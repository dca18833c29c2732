// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The session journal keeps the words of the process that ran the session
// (a terminal's `spawnai spawn` in English, a window before its language
// changed). The window shows the steps it knows in its own language at
// display time: the deploy steps ("Writing files"), their times ("Writing
// files took 40 ms"), the saved versions ("Saved app version 2 (3 files)")
// and the workflow's own moves ("starting the app").
// Anything else is shown as stored.
namespace StoredText {

QString translated(const QString &stored);

} // namespace StoredText
