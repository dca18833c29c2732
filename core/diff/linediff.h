// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// The shortest line-by-line edit script between two texts (Myers' O(ND)
// algorithm, as diff and git use). A line keeps its "\n", so a last line
// without one differs from the same line with one, as patch sees it.
class LineDiff final
{
public:
    enum class Op { Equal, Delete, Insert };
    struct Edit
    {
        Op op = Op::Equal;
        int oldLine = -1;  // index into the old lines (Equal, Delete)
        int newLine = -1;  // index into the new lines (Equal, Insert)
    };

    // Splits after each "\n"; the last line may lack one.
    static QList<QByteArray> splitLines(const QByteArray &text);
    // Every line of both texts in order, or nothing when the texts differ in
    // more than `maxEdits` lines: past that, the search's memory grows with
    // the square of the edits, and a reader sees "rewritten" anyway.
    static std::optional<QList<Edit>> compute(const QList<QByteArray> &oldLines, const QList<QByteArray> &newLines,
                                              int maxEdits = 2000);
};
