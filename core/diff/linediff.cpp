// SPDX-License-Identifier: MIT
#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

// Myers' greedy forward search over the lines between a common prefix and
// suffix, with each round's frontier kept for the walk back.
std::optional<std::vector<LineDiff::Op>> middleScript(const std::vector<int> &a, const std::vector<int> &b,
                                                      int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::min(n + m, maxEdits);
    const int offset = limit + 1;
    std::vector<int> frontier(2 * offset + 1, 0);
    // Round d reads only diagonals -(d-1)..d-1 of the round before.
    std::vector<std::vector<int>> rounds;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        const auto first = frontier.begin() + offset - std::max(0, d - 1);
        rounds.emplace_back(first, first + std::max(1, 2 * d - 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                ? frontier[offset + k + 1]
                : frontier[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            frontier[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return std::nullopt;
    std::vector<LineDiff::Op> script;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &before = rounds[size_t(d)];
        const auto at = [&before, d](int diagonal) { return before[size_t(diagonal + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
            script.push_back(LineDiff::Op::Equal);
            --x;
            --y;
        }
        script.push_back(down ? LineDiff::Op::Insert : LineDiff::Op::Delete);
        x = prevX;
        y = prevY;
    }
    for (; x > 0 && y > 0; --x, --y)
        script.push_back(LineDiff::Op::Equal);
    std::reverse(script.begin(), script.end());
    return script;
}

} // namespace

QList<QByteArray> LineDiff::splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf('\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, next - start));
        start = next;
    }
    return lines;
}

std::optional<QList<LineDiff::Edit>> LineDiff::compute(const QList<QByteArray> &oldLines,
                                                       const QList<QByteArray> &newLines, int maxEdits)
{
    int prefix = 0;
    while (prefix < oldLines.size() && prefix < newLines.size() && oldLines[prefix] == newLines[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < oldLines.size() - prefix && suffix < newLines.size() - prefix
           && oldLines[oldLines.size() - 1 - suffix] == newLines[newLines.size() - 1 - suffix])
        ++suffix;

    const int oldCount = int(oldLines.size()) - prefix - suffix;
    const int newCount = int(newLines.size()) - prefix - suffix;
    std::optional<std::vector<Op>> middle;
    if (oldCount == 0 || newCount == 0) {
        // Only lines added (a new file) or only removed: nothing to search,
        // and the search would take time growing with the square of them.
        middle.emplace(size_t(oldCount + newCount), oldCount == 0 ? Op::Insert : Op::Delete);
    } else {
        // Lines become numbers so the search compares ints, not bytes.
        QHash<QByteArray, int> ids;
        const auto number = [&ids](const QList<QByteArray> &lines, int from, int count) {
            std::vector<int> out;
            out.reserve(size_t(count));
            for (int i = from; i < from + count; ++i)
                out.push_back(*ids.insert(lines[i], ids.value(lines[i], int(ids.size()))));
            return out;
        };
        middle = middleScript(number(oldLines, prefix, oldCount), number(newLines, prefix, newCount), maxEdits);
    }
    if (!middle)
        return std::nullopt;

    QList<Edit> edits;
    edits.reserve(prefix + qsizetype(middle->size()) + suffix);
    int oldLine = 0;
    int newLine = 0;
    for (; oldLine < prefix; ++oldLine, ++newLine)
        edits.append({Op::Equal, oldLine, newLine});
    for (const Op op : *middle) {
        switch (op) {
        case Op::Equal:
            edits.append({op, oldLine++, newLine++});
            break;
        case Op::Delete:
            edits.append({op, oldLine++, -1});
            break;
        case Op::Insert:
            edits.append({op, -1, newLine++});
            break;
        }
    }
    for (; oldLine < oldLines.size(); ++oldLine, ++newLine)
        edits.append({Op::Equal, oldLine, newLine});
    return edits;
}
