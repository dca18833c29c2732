// SPDX-License-Identifier: MIT
//
// bench_appparser: AppAnswerParser on synthetic answers in the <app> format
// (docs/app-format.md), in this process, no sandbox. It measures
//   - a 5 MB answer fed in 1-character, 64-character and 64 KiB chunks
//     (the SSE client hands over whatever a network read brought), and
//   - 1, 2.5 and 5 MB answers fed in 64 KiB and in 1-character chunks,
// and reports MB/s per chunk size, the ratio of the 5 MB to the 2.5 MB time
// (about 2 when the parser is linear) and the ratio of the 1-character to the
// 64 KiB feed. Each figure is the median of REPS runs; the answer text is
// built before the clock starts.
//
// Usage: bench_appparser [REPS]   (default 7; or BENCH_REPS)

#include "benchsupport.h"
#include "generation/appanswerparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Bench;

namespace {
constexpr qsizetype MB = 1'000'000;

// Lines of the kind a model writes: markup, styles, code, of varied length.
const QStringList &sampleLines()
{
    static const QStringList lines{
        QStringLiteral("<!DOCTYPE html>"),
        QStringLiteral("<html lang=\"en\">"),
        QStringLiteral("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
        QStringLiteral("    <button type=\"button\" class=\"primary\" aria-label=\"Add a task\">Add</button>"),
        QStringLiteral(":root { --bg: #f4f5f7; --card: #ffffff; --accent: #3554d1; }"),
        QStringLiteral(".card { padding: 1.5rem; border-radius: 1rem; box-shadow: 0 4px 24px rgb(0 0 0 / 0.08); }"),
        QStringLiteral("function render(tasks) {"),
        QStringLiteral("  const left = tasks.filter((task) => !task.done).length; // '</file>' stays content"),
        QStringLiteral("  list.replaceChildren(...tasks.map((task) => itemFor(task)));"),
        QStringLiteral("}"),
        QString(),
        QStringLiteral("def primes_below(limit):"),
        QStringLiteral("    return [n for n, prime in enumerate(is_prime) if prime]  # \u00e9\u00e8 \u2014 non-ASCII too"),
    };
    return lines;
}

// An answer of about `size` characters: prose, a manifest, then files of
// about 200 KB each (well under the 2 MiB file cap), then </app>.
QString makeAnswer(qsizetype size)
{
    QString text;
    text.reserve(size + 4096);
    text += QLatin1String("Here is the app.\n\n<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000}\n</manifest>\n");
    const QStringList &lines = sampleLines();
    int file = 0;
    qsizetype line = 0;
    while (text.size() < size) {
        text += QStringLiteral("<file path=\"src/part%1.js\">\n").arg(file++);
        const qsizetype fileEnd = std::min(size, text.size() + 200'000);
        while (text.size() < fileEnd) {
            text += lines.at(line++ % lines.size());
            text += u'\n';
        }
        text += QLatin1String("</file>\n");
    }
    text += QLatin1String("</app>\n");
    return text;
}

// Milliseconds to parse `text` fed in chunks of `chunk` characters.
double parseMs(const QString &text, qsizetype chunk)
{
    AppAnswerParser parser;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < text.size(); at += chunk)
        parser.feed(QStringView(text).sliced(at, std::min(chunk, text.size() - at)));
    parser.finish();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (parser.hasFailed() || !parser.isComplete()) {
        say(QStringLiteral("bench_appparser: the answer did not parse: %1").arg(parser.error().message));
        std::exit(1);
    }
    return ms;
}

Summary measure(const QString &text, qsizetype chunk, int reps)
{
    QList<double> times;
    for (int i = 0; i < reps; ++i)
        times << parseMs(text, chunk);
    return summarize(times);
}

QString speed(const QString &text, const Summary &summary)
{
    return number(double(text.size()) / MB / (summary.median / 1000.0), 1);
}

QString chunkName(qsizetype chunk)
{
    return chunk >= 1024 ? QStringLiteral("%1 KiB").arg(chunk / 1024) : QStringLiteral("%1 B").arg(chunk);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int reps = qEnvironmentVariableIntValue("BENCH_REPS");
    if (argc > 1)
        reps = QString::fromLocal8Bit(argv[1]).toInt();
    if (reps <= 0)
        reps = 7;

    say(QStringLiteral("== bench_appparser: AppAnswerParser on synthetic <app> answers, in process"));
    say(QStringLiteral("   %1").arg(machineLine()));
    say(QStringLiteral("   median of %1 runs each; MB = 10^6 characters (the text is ASCII but for one line in 13)")
            .arg(reps));

    const QString fiveMb = makeAnswer(5 * MB);
    const QString twoAndAHalfMb = makeAnswer(5 * MB / 2);
    const QString oneMb = makeAnswer(1 * MB);
    parseMs(fiveMb, 65536);  // warm-up: page in the text and the allocator

    QMap<qsizetype, Summary> bySize;
    for (qsizetype chunk : {qsizetype(1), qsizetype(64), qsizetype(65536)}) {
        const Summary summary = measure(fiveMb, chunk, reps);
        bySize.insert(chunk, summary);
        say(QStringLiteral("RESULT 5 MB answer, %1 chunks: %2 -> %3 MB/s")
                .arg(chunkName(chunk), describe(summary, QStringLiteral("ms"), 1), speed(fiveMb, summary)));
    }
    QMap<qsizetype, QList<double>> linear;
    for (qsizetype chunk : {qsizetype(65536), qsizetype(1)}) {
        for (const QString *text : {&oneMb, &twoAndAHalfMb, &fiveMb}) {
            const Summary summary = measure(*text, chunk, reps);
            linear[chunk] << summary.median;
            say(QStringLiteral("RESULT %1 MB answer, %2 chunks: %3 -> %4 MB/s")
                    .arg(number(double(text->size()) / MB, 1), chunkName(chunk), describe(summary, QStringLiteral("ms"), 1),
                         speed(*text, summary)));
        }
    }
    for (qsizetype chunk : {qsizetype(65536), qsizetype(1)}) {
        const QList<double> &times = linear.value(chunk);
        say(QStringLiteral("RATIO %1 chunks: time(5 MB) / time(2.5 MB) = %2 (linear: 2.0); time(5 MB) / time(1 MB) = %3 "
                           "(linear: 5.0)")
                .arg(chunkName(chunk), number(times.at(2) / times.at(1), 2), number(times.at(2) / times.at(0), 2)));
    }
    say(QStringLiteral("RATIO 5 MB answer: 1-character feed / 64 KiB feed = %1x")
            .arg(number(bySize.value(1).median / bySize.value(65536).median, 1)));
    return 0;
}
