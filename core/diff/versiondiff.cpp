// SPDX-License-Identifier: MIT
#include "versiondiff.h"

#include "linediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace {

bool looksBinary(const QByteArray &content)
{
    // As git decides: a NUL in the first 8,000 bytes.
    return content.left(8000).contains('\0');
}

QString changeName(FileDiff::Change change)
{
    switch (change) {
    case FileDiff::Change::Added:
        return QStringLiteral("added");
    case FileDiff::Change::Deleted:
        return QStringLiteral("deleted");
    case FileDiff::Change::Modified:
        break;
    }
    return QStringLiteral("modified");
}

QByteArray range(int start, int count)
{
    return count == 1 ? QByteArray::number(start) : QByteArray::number(start) + ',' + QByteArray::number(count);
}

QList<DiffHunk> hunksOf(const QList<LineDiff::Edit> &edits, const QList<QByteArray> &oldLines,
                        const QList<QByteArray> &newLines, int context)
{
    QList<DiffHunk> hunks;
    const qsizetype count = edits.size();
    qsizetype i = 0;
    while (i < count) {
        while (i < count && edits[i].op == LineDiff::Op::Equal)
            ++i;
        if (i == count)
            break;
        // The hunk runs from `context` kept lines before this change to
        // `context` after the last change that is no more than twice the
        // context away from the one before it.
        const qsizetype begin = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype scan = i;
        while (scan < count) {
            if (edits[scan].op != LineDiff::Op::Equal) {
                end = scan + 1;
                ++scan;
                continue;
            }
            if (scan - end >= 2 * context)
                break;
            ++scan;
        }
        end = std::min(count, end + context);
        DiffHunk hunk;
        int oldNext = 0;
        int newNext = 0;
        for (qsizetype e = 0; e < begin; ++e) {
            if (edits[e].op != LineDiff::Op::Insert)
                ++oldNext;
            if (edits[e].op != LineDiff::Op::Delete)
                ++newNext;
        }
        for (qsizetype e = begin; e < end; ++e) {
            const LineDiff::Edit &edit = edits[e];
            switch (edit.op) {
            case LineDiff::Op::Equal:
                hunk.lines.append({' ', oldLines[edit.oldLine]});
                ++hunk.oldCount;
                ++hunk.newCount;
                break;
            case LineDiff::Op::Delete:
                hunk.lines.append({'-', oldLines[edit.oldLine]});
                ++hunk.oldCount;
                break;
            case LineDiff::Op::Insert:
                hunk.lines.append({'+', newLines[edit.newLine]});
                ++hunk.newCount;
                break;
            }
        }
        // A hunk that only adds (or only deletes) starts at the line before.
        hunk.oldStart = hunk.oldCount == 0 ? oldNext : oldNext + 1;
        hunk.newStart = hunk.newCount == 0 ? newNext : newNext + 1;
        hunks.append(hunk);
        i = end;
    }
    return hunks;
}

} // namespace

FileDiff VersionDiff::compareFile(const QString &path, const QByteArray *from, const QByteArray *to, int contextLines)
{
    FileDiff diff;
    diff.path = path;
    diff.change = !from ? FileDiff::Change::Added : !to ? FileDiff::Change::Deleted : FileDiff::Change::Modified;
    const QByteArray oldText = from ? *from : QByteArray();
    const QByteArray newText = to ? *to : QByteArray();
    diff.binary = looksBinary(oldText) || looksBinary(newText);
    if (diff.binary)
        return diff;
    const QList<QByteArray> oldLines = LineDiff::splitLines(oldText);
    const QList<QByteArray> newLines = LineDiff::splitLines(newText);
    std::optional<QList<LineDiff::Edit>> edits = LineDiff::compute(oldLines, newLines);
    if (!edits) {
        // Shown as everything replaced, which patch still applies.
        diff.rewritten = true;
        edits.emplace();
        for (int line = 0; line < oldLines.size(); ++line)
            edits->append({LineDiff::Op::Delete, line, -1});
        for (int line = 0; line < newLines.size(); ++line)
            edits->append({LineDiff::Op::Insert, -1, line});
    }
    for (const LineDiff::Edit &edit : std::as_const(*edits)) {
        diff.linesAdded += edit.op == LineDiff::Op::Insert ? 1 : 0;
        diff.linesDeleted += edit.op == LineDiff::Op::Delete ? 1 : 0;
    }
    diff.hunks = hunksOf(*edits, oldLines, newLines, contextLines);
    return diff;
}

VersionDiff VersionDiff::compare(const QList<AppFile> &from, const QList<AppFile> &to, int contextLines)
{
    QMap<QString, const AppFile *> before;
    QMap<QString, const AppFile *> after;
    for (const AppFile &file : from)
        before.insert(file.path, &file);
    for (const AppFile &file : to)
        after.insert(file.path, &file);
    QStringList paths = before.keys() + after.keys();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());

    VersionDiff result;
    for (const QString &path : std::as_const(paths)) {
        const AppFile *oldFile = before.value(path);
        const AppFile *newFile = after.value(path);
        if (oldFile && newFile && *oldFile == *newFile)
            continue;
        FileDiff file = compareFile(path, oldFile ? &oldFile->content : nullptr,
                                    newFile ? &newFile->content : nullptr, contextLines);
        result.m_linesAdded += file.linesAdded;
        result.m_linesDeleted += file.linesDeleted;
        result.m_files.append(std::move(file));
    }
    return result;
}

QByteArray VersionDiff::unified(const FileDiff &file)
{
    const QByteArray path = file.path.toUtf8();
    QByteArray out = "diff --git a/" + path + " b/" + path + '\n';
    if (file.change == FileDiff::Change::Added)
        out += "new file mode 100644\n";
    else if (file.change == FileDiff::Change::Deleted)
        out += "deleted file mode 100644\n";
    if (file.binary)
        return out + "Binary files a/" + path + " and b/" + path + " differ\n";
    if (file.hunks.isEmpty())
        return out;
    out += file.change == FileDiff::Change::Added ? QByteArray("--- /dev/null\n") : "--- a/" + path + '\n';
    out += file.change == FileDiff::Change::Deleted ? QByteArray("+++ /dev/null\n") : "+++ b/" + path + '\n';
    for (const DiffHunk &hunk : file.hunks) {
        out += "@@ -" + range(hunk.oldStart, hunk.oldCount) + " +" + range(hunk.newStart, hunk.newCount) + " @@\n";
        for (const DiffLine &line : hunk.lines) {
            out += line.kind + line.text;
            if (!line.text.endsWith('\n'))
                out += "\n\\ No newline at end of file\n";
        }
    }
    return out;
}

QByteArray VersionDiff::unified() const
{
    QByteArray out;
    for (const FileDiff &file : m_files)
        out += unified(file);
    return out;
}

QString VersionDiff::stat() const
{
    qsizetype width = 0;
    for (const FileDiff &file : m_files)
        width = std::max(width, file.path.size());
    QString out;
    for (const FileDiff &file : m_files) {
        const QString counts = file.binary ? QCoreApplication::translate("VersionDiff", "binary")
                                           : QStringLiteral("+%1 -%2").arg(file.linesAdded).arg(file.linesDeleted);
        out += u' ' + file.path.leftJustified(width) + QStringLiteral(" | ") + counts + u'\n';
    }
    out += QCoreApplication::translate("VersionDiff", "%n file(s) changed", nullptr, int(m_files.size()))
        + QStringLiteral(", ")
        + QCoreApplication::translate("VersionDiff", "%n line(s) added", nullptr, m_linesAdded)
        + QStringLiteral(", ")
        + QCoreApplication::translate("VersionDiff", "%n line(s) deleted", nullptr, m_linesDeleted) + u'\n';
    return out;
}

QJsonObject VersionDiff::toJson() const
{
    QJsonArray files;
    for (const FileDiff &file : m_files) {
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("change"), changeName(file.change)},
                                 {QStringLiteral("binary"), file.binary},
                                 {QStringLiteral("rewritten"), file.rewritten},
                                 {QStringLiteral("added"), file.linesAdded},
                                 {QStringLiteral("deleted"), file.linesDeleted},
                                 {QStringLiteral("diff"), QString::fromUtf8(unified(file))}});
    }
    return {{QStringLiteral("files"), files},
            {QStringLiteral("added"), m_linesAdded},
            {QStringLiteral("deleted"), m_linesDeleted}};
}
