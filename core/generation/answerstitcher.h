// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Joins an answer that hit the output limit (stop_reason "max_tokens") with
// the continuation the model sends after a "continue" user turn.
//
// The model is shown its previous text without trailing whitespace
// (assistantTurn()) and asked to go on exactly where it stopped. Models
// mostly do, but some repeat the unfinished line or tag, restart the file
// that was cut, wrap the rest in a Markdown fence or add a sentence first.
// findSeam() decides, from the start of the continuation alone, how much of
// the previous text to keep and how much of the continuation to drop; the
// rules, in order, are in docs/app-format.md ("Continuing a cut answer").
class AnswerStitcher final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerStitcher)

public:
    // Longest repetition looked for at the seam.
    static constexpr qsizetype OverlapWindow = 2000;
    // A repetition that starts neither at a line start nor at a "<" must be
    // at least this long to count: short ones happen by chance.
    static constexpr qsizetype MinUnanchoredOverlap = 32;
    // A leading sentence longer than this is never taken for a preamble.
    static constexpr qsizetype MaxPreambleLength = 200;
    // How much of the continuation findSeam() reads. A streaming caller
    // buffers this much (or everything, if the stream ends first), decides
    // the seam, and then passes the rest through unchanged.
    static constexpr qsizetype Lookahead = OverlapWindow + 1024;

    enum class Join
    {
        Append,   // the continuation follows the previous text directly
        Overlap,  // the continuation repeated the end of the previous text
        Restart,  // the continuation sent the cut block (or <app>) again
    };

    struct Seam
    {
        qsizetype keepPrevious = 0;      // characters of the previous text kept
        qsizetype skipContinuation = 0;  // characters dropped from the continuation's start
        Join join = Join::Append;
        bool droppedPreamble = false;    // a sentence or a fence before the text
        // Put "\n" between the two: the kept text ends with a tag line
        // ("</file>") and the continuation would otherwise be glued to it.
        bool insertNewline = false;
    };

    // Where the previous answer stopped, as the format sees it.
    struct StopPoint
    {
        bool insideApp = false;
        bool appComplete = false;    // </app> was already sent: nothing is missing
        bool insideManifest = false;
        QString openFile;            // the file that was cut, if any
        qsizetype blockStart = -1;   // where that file's (or the manifest's) open tag line starts
        qsizetype appStart = -1;     // where the <app> line starts
        bool midLine = false;        // the text stops inside a line
    };

    // Only the first Lookahead characters of `continuation` are read. The
    // stitched text is previous.left(keepPrevious), "\n" if insertNewline,
    // then continuation.mid(skipContinuation).
    static Seam findSeam(QStringView previous, QStringView continuation);
    static QString stitch(QStringView previous, QStringView continuation);

    static StopPoint stopPoint(QStringView previous);
    // The previous answer as the assistant turn of the continuation request:
    // without trailing whitespace, which the API refuses or the model mends.
    static QString assistantTurn(QStringView previous);
    // The user turn that asks for the rest.
    static QString continuationRequest(QStringView previous);
};
