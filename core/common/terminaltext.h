// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Output of npm, pip and friends is written for a terminal. A plain text
// view shows it without the escape sequences that colour it or move the
// cursor, and without carriage returns of progress bars.
class TerminalText final
{
public:
    // Removes CSI sequences (colours, cursor moves, erase), OSC sequences
    // (window titles, hyperlinks), other two-byte escapes and '\r'.
    static QString plain(const QString &text);
};
