// SPDX-License-Identifier: MIT
// AnswerStitcher on an answer cut in two, the continuation following exactly
// (what a model that obeys the continuation prompt sends): the stitched
// answer equals the unsplit one, except where the continuation is
// ambiguous by design (it starts by repeating the end of the previous text,
// which the stitcher takes for a repetition: test_generation_stitcher and
// docs/app-format.md), a continuation that sends <app>, the manifest or
// the cut file again, a prose line at the cut (taken for a preamble) and
// text glued to a whole tag line, which goes to a line of its own.
// Any other text, and the seam and stop point of any two texts, must not
// crash or read out of range.
#include "fuzzsupport.h"
#include "generation/answerstitcher.h"
#include "generation/answertags.h"

#include <algorithm>

namespace {

qsizetype trimmedEnd(QStringView text)
{
    qsizetype length = text.size();
    while (length > 0 && text.at(length - 1).isSpace())
        --length;
    return length;
}

// As test_generation_stitcher's looksRepeated(): the continuation's start
// repeats the previous text's end at a place a model restarts from, or
// repeats so much of it that the stitcher takes it for a repetition anyway.
bool looksRepeated(QStringView base, QStringView continuation)
{
    const qsizetype longest = std::min({AnswerStitcher::OverlapWindow, base.size(), continuation.size()});
    for (qsizetype length = 1; length <= longest; ++length) {
        if (!base.endsWith(continuation.first(length)))
            continue;
        const qsizetype start = base.size() - length;
        qsizetype before = start;
        while (before > 0 && (base.at(before - 1) == u' ' || base.at(before - 1) == u'\t'))
            --before;
        const bool blank = base.sliced(start).trimmed().isEmpty();
        if (!blank && (before == 0 || base.at(before - 1) == u'\n' || (base.at(start) == u'<' && length >= 2)))
            return true;
        // A long repetition counts anywhere (MinUnanchoredOverlap).
        if (!blank && length >= AnswerStitcher::MinUnanchoredOverlap)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString answer = QString::fromUtf8(fuzz::bytes(data, size));
    if (answer.size() < 2)
        return 0;
    // The cut point comes from the text's hash: the corpus stays real answers.
    const qsizetype cut = 1 + qsizetype(qHash(answer) % quint64(answer.size() - 1));
    const QString previous = answer.left(cut);

    // Any two texts: the seam stays inside both.
    const QString rest = answer.mid(cut);
    const AnswerStitcher::Seam any = AnswerStitcher::findSeam(previous, rest);
    FUZZ_CHECK(any.keepPrevious >= 0 && any.keepPrevious <= previous.size());
    FUZZ_CHECK(any.skipContinuation >= 0 && any.skipContinuation <= rest.size());
    AnswerStitcher::stopPoint(previous);
    AnswerStitcher::continuationRequest(previous);

    // The model saw the previous text without its trailing whitespace and
    // went on exactly from there.
    const qsizetype base = trimmedEnd(previous);
    const QString continuation = answer.mid(base);
    if (continuation.isEmpty() || looksRepeated(QStringView(answer).first(base), continuation))
        return 0;
    const AnswerStitcher::Seam seam = AnswerStitcher::findSeam(previous, continuation);
    if (seam.insertNewline) {
        // By design a tag line stays alone (closingTagLine_staysAlone): text
        // glued to it moves to the next line. Only a whole tag earns that;
        // a tag cut in the middle must be joined, not split.
        const QStringView kept = QStringView(previous).first(seam.keepPrevious);
        const AnswerTags::Tag tag = AnswerTags::read(kept.sliced(kept.lastIndexOf(u'\n') + 1).trimmed());
        FUZZ_CHECK(tag.kind != AnswerTags::Kind::None && tag.problem.isEmpty());
        return 0;
    }
    if (seam.join == AnswerStitcher::Join::Restart) {
        // By design too: a continuation that opens <app>, the manifest or
        // the cut file again replaces it from its start (everyCut_restarted*).
        const QStringView from = QStringView(continuation).sliced(seam.skipContinuation);
        const qsizetype lineEnd = from.indexOf(u'\n');
        const AnswerTags::Kind kind = AnswerTags::read((lineEnd < 0 ? from : from.first(lineEnd)).trimmed()).kind;
        FUZZ_CHECK(kind == AnswerTags::Kind::AppOpen || kind == AnswerTags::Kind::ManifestOpen
                   || kind == AnswerTags::Kind::FileOpen);
        return 0;
    }
    // A prose line at the cut reads as a model's "Continuing:" (by design,
    // everyCut_withPreambleAndFence).
    if (seam.droppedPreamble)
        return 0;
    const QString stitched = AnswerStitcher::stitch(previous, continuation);
    if (stitched != answer) {
        std::fprintf(stderr, "cut %lld, base %lld: keep %lld skip %lld join %d preamble %d\n", qlonglong(cut),
                     qlonglong(base), qlonglong(seam.keepPrevious), qlonglong(seam.skipContinuation), int(seam.join),
                     int(seam.droppedPreamble));
    }
    FUZZ_CHECK(stitched == answer);
    return 0;
}
