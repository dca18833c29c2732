// SPDX-License-Identifier: MIT
#include "answerstitcher.h"

#include "answertags.h"
#include "appanswerparser.h"
#include "promptlibrary.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <vector>

using AnswerTags::Kind;

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.generation.stitcher")

qsizetype trimmedEndLength(QStringView text)
{
    qsizetype length = text.size();
    while (length > 0 && text.at(length - 1).isSpace())
        --length;
    return length;
}

// The line that starts at `from`: its text without "\r\n", and where the
// next line starts (text.size() + 1 when the line has no end yet).
struct Line
{
    QStringView text;
    qsizetype next = 0;
    bool complete = false;
};

Line lineAt(QStringView text, qsizetype from)
{
    const qsizetype end = text.indexOf(u'\n', from);
    Line line;
    line.complete = end >= 0;
    line.text = text.sliced(from, (line.complete ? end : text.size()) - from);
    if (line.text.endsWith(u'\r'))
        line.text.chop(1);
    line.next = line.complete ? end + 1 : text.size();
    return line;
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Every L (longest first) for which `base` ends with the first L characters
// of `continuation`, up to the window: the borders of cont + sep + base,
// from one prefix-function pass, so the search stays linear.
QList<qsizetype> overlapLengths(QStringView base, QStringView continuation)
{
    const qsizetype window = std::min({AnswerStitcher::OverlapWindow, base.size(), continuation.size()});
    if (window == 0)
        return {};
    QString joined;
    joined.reserve(2 * window + 1);
    joined.append(continuation.first(window));
    joined.append(QChar(char16_t(0xffff)));
    joined.append(base.last(window));
    std::vector<qsizetype> border(joined.size(), 0);
    for (qsizetype i = 1; i < joined.size(); ++i) {
        qsizetype k = border[i - 1];
        while (k > 0 && joined.at(i) != joined.at(k))
            k = border[k - 1];
        if (joined.at(i) == joined.at(k))
            ++k;
        border[i] = k;
    }
    QList<qsizetype> lengths;
    for (qsizetype k = border.back(); k > 0; k = border[k - 1]) {
        // The separator cannot be matched unless the text holds U+FFFF;
        // comparing again keeps the answer right even then.
        if (k <= window && base.endsWith(continuation.first(k)))
            lengths.append(k);
    }
    return lengths;
}

// A repetition counts when it starts where a model restarts: at a line
// start (or its first non-blank character) or at a tag's "<". Anything
// else must be long, because short matches happen by chance ("fo" + "o").
bool isAnchored(QStringView base, qsizetype length)
{
    const qsizetype start = base.size() - length;
    const QStringView overlap = base.sliced(start);
    if (isBlank(overlap))
        return false;
    qsizetype before = start;
    while (before > 0 && (base.at(before - 1) == u' ' || base.at(before - 1) == u'\t'))
        --before;
    if (before == 0 || base.at(before - 1) == u'\n')
        return true;
    if (overlap.front() == u'<' && length >= 2)
        return true;
    if (length < AnswerStitcher::MinUnanchoredOverlap)
        return false;
    // "=====" cut in the middle repeats itself at any shift.
    return !std::all_of(overlap.begin(), overlap.end(), [&](QChar c) { return c == overlap.front(); });
}

qsizetype anchoredOverlap(QStringView base, QStringView continuation)
{
    for (qsizetype length : overlapLengths(base, continuation)) {
        if (isAnchored(base, length))
            return length;
    }
    return 0;
}

bool isFence(QStringView trimmed)
{
    static const QRegularExpression fence(QStringLiteral("^```[A-Za-z0-9_+.-]*$"));
    return fence.match(trimmed).hasMatch();
}

// "Continuing from where I stopped:" and the like. Deliberately narrow: a
// line of code or text must never be taken for one, so it must open like a
// chat reply and hold no character that code is made of.
bool isPreambleSentence(QStringView trimmed)
{
    if (trimmed.isEmpty() || trimmed.size() > AnswerStitcher::MaxPreambleLength || !trimmed.front().isLetter()
        || !trimmed.contains(u' '))
        return false;
    for (QChar c : trimmed) {
        if (QStringView(u"<>{}[]();=`#/\\|$").contains(c))
            return false;
    }
    static const QRegularExpression opener(
        QStringLiteral("^(continu|here|sure|certainly|okay|ok[ ,]|of course|resum|picking up|i'll|i will|"
                       "let me|apolog|sorry|the rest|below|as requested)"),
        QRegularExpression::CaseInsensitiveOption);
    return opener.match(trimmed).hasMatch();
}

// How many characters of preamble the continuation starts with: one
// chat sentence (and the blank lines after it) and/or one opening fence.
qsizetype preambleLength(QStringView continuation, const AnswerStitcher::StopPoint &stop)
{
    if (AnswerTags::isProseFile(stop.openFile))
        return 0;
    qsizetype at = 0;
    Line line = lineAt(continuation, at);
    if (line.complete && isPreambleSentence(line.text.trimmed())) {
        at = line.next;
        for (line = lineAt(continuation, at); line.complete && isBlank(line.text); line = lineAt(continuation, at))
            at = line.next;
    }
    if (line.complete && isFence(line.text.trimmed()))
        at = line.next;
    return at;
}

// The continuation's first line sends the cut block again from its open
// tag (or the whole <app>): the earlier, cut copy gives way to it.
qsizetype restartPoint(QStringView continuation, const AnswerStitcher::StopPoint &stop)
{
    const Line first = lineAt(continuation, 0);
    const AnswerTags::Tag tag = AnswerTags::read(first.text.trimmed());
    if (tag.kind == Kind::AppOpen && stop.appStart >= 0)
        return stop.appStart;
    if (tag.kind == Kind::FileOpen && tag.problem.isEmpty() && !stop.openFile.isEmpty() && tag.path == stop.openFile)
        return stop.blockStart;
    if (tag.kind == Kind::ManifestOpen && stop.insideManifest)
        return stop.blockStart;
    return -1;
}

// A tag line must stay alone: "</file>" + "<file path=...>" on one line
// would read as content.
bool endsWithTagLine(QStringView text)
{
    const qsizetype lineStart = text.lastIndexOf(u'\n') + 1;
    const AnswerTags::Tag tag = AnswerTags::read(text.sliced(lineStart).trimmed());
    // A tag cut before its end ("<delete path=\"a.j") is not a line of its
    // own yet: the continuation finishes it.
    if (!tag.problem.isEmpty())
        return false;
    const Kind kind = tag.kind;
    return kind == Kind::FileClose || kind == Kind::ManifestClose || kind == Kind::Delete || kind == Kind::AppOpen;
}
} // namespace

AnswerStitcher::StopPoint AnswerStitcher::stopPoint(QStringView previous)
{
    AppAnswerParser parser;
    parser.setMaxAnswerChars(std::numeric_limits<qint64>::max());
    parser.feed(previous);
    parser.finish();
    StopPoint stop;
    stop.midLine = !previous.isEmpty() && !previous.endsWith(u'\n');
    stop.appStart = parser.appStartOffset();
    stop.appComplete = parser.isComplete();
    // A cut answer that broke the format still gets the plain seam rules.
    if (parser.hasFailed() || !parser.isTruncated())
        return stop;
    stop.insideApp = true;
    stop.insideManifest = parser.isInsideManifest();
    stop.openFile = parser.answer().openFile;
    stop.blockStart = parser.blockStartOffset();
    return stop;
}

AnswerStitcher::Seam AnswerStitcher::findSeam(QStringView previous, QStringView continuation)
{
    continuation = continuation.first(std::min(continuation.size(), Lookahead));
    const QStringView base = previous.first(trimmedEndLength(previous));
    const StopPoint stop = stopPoint(base);
    Seam seam;

    auto decide = [&](qsizetype skip) -> bool {
        const QStringView rest = continuation.sliced(skip);
        // A restarted block may come after an empty line or two.
        qsizetype blockStart = 0;
        for (Line line = lineAt(rest, 0); line.complete && isBlank(line.text); line = lineAt(rest, blockStart))
            blockStart = line.next;
        const qsizetype restart = restartPoint(rest.sliced(blockStart), stop);
        if (restart >= 0) {
            seam.keepPrevious = restart;
            seam.skipContinuation = skip + blockStart;
            seam.join = Join::Restart;
            return true;
        }
        const qsizetype overlap = anchoredOverlap(base, rest);
        if (overlap > 0) {
            seam.keepPrevious = base.size();
            seam.skipContinuation = skip + overlap;
            seam.join = Join::Overlap;
            return true;
        }
        return false;
    };

    if (!decide(0)) {
        // After </app> the text is prose that no one reads: a sentence there
        // is not a preamble.
        const qsizetype preamble = stop.appComplete ? 0 : preambleLength(continuation, stop);
        seam.droppedPreamble = preamble > 0;
        if (!seam.droppedPreamble || !decide(preamble)) {
            seam.join = Join::Append;
            seam.skipContinuation = preamble;
            // The model did not see the trailing whitespace. If it starts
            // with text, the original whitespace stays. If it starts with a
            // line break of its own, its whitespace replaces the original.
            // If it starts with spaces only (indentation), the original is
            // kept up to its last line break and the spaces follow.
            const QStringView rest = continuation.sliced(preamble);
            qsizetype leadingSpace = 0;
            while (leadingSpace < rest.size() && rest.at(leadingSpace).isSpace())
                ++leadingSpace;
            const QStringView tail = previous.sliced(base.size());
            if (leadingSpace == 0)
                seam.keepPrevious = previous.size();
            else if (rest.first(leadingSpace).contains(u'\n') || !tail.contains(u'\n'))
                seam.keepPrevious = base.size();
            else
                seam.keepPrevious = base.size() + tail.lastIndexOf(u'\n') + 1;
        }
    }
    const QStringView kept = previous.first(seam.keepPrevious);
    const QStringView added = continuation.sliced(seam.skipContinuation);
    seam.insertNewline = seam.join == Join::Append && !added.isEmpty() && added.front() != u'\n'
        && added.front() != u'\r' && !kept.isEmpty() && !kept.endsWith(u'\n') && endsWithTagLine(kept);
    qCDebug(lc) << "seam: keep" << seam.keepPrevious << "of" << previous.size() << "skip" << seam.skipContinuation
                << "join" << int(seam.join) << "preamble" << seam.droppedPreamble;
    return seam;
}

QString AnswerStitcher::stitch(QStringView previous, QStringView continuation)
{
    const Seam seam = findSeam(previous, continuation);
    const QStringView kept = previous.first(seam.keepPrevious);
    const QStringView added = continuation.sliced(seam.skipContinuation);
    QString result;
    result.reserve(kept.size() + added.size() + 1);
    result.append(kept);
    if (seam.insertNewline)
        result.append(u'\n');
    result.append(added);
    return result;
}

QString AnswerStitcher::assistantTurn(QStringView previous)
{
    return previous.first(trimmedEndLength(previous)).toString();
}

QString AnswerStitcher::continuationRequest(QStringView previous)
{
    const StopPoint stop = stopPoint(previous);
    QString where;
    if (!stop.openFile.isEmpty()) {
        where = stop.midLine ? tr("in the middle of a line of the file \"%1\"").arg(stop.openFile)
                             : tr("inside the file \"%1\", at the end of a line").arg(stop.openFile);
    } else if (stop.insideManifest) {
        where = tr("inside the <manifest> block");
    } else if (stop.insideApp) {
        where = tr("between two blocks of the <app>");
    } else {
        where = tr("before the <app> block was finished");
    }
    return PromptLibrary::builtIn().continuationPrompt(where);
}
