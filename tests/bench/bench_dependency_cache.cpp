// SPDX-License-Identifier: MIT
//
// bench_dependency_cache: `spawnai spawn --template express-api` in a fresh
// data folder (cold: npm install from the registry, then the node_modules
// archive is saved to <data>/cache/dependencies) against a second spawn in
// the same folder (warm: node_modules restored from that archive). Each run
// is timed from the process start to the first HTTP 200 on /api/health, then
// stopped with SIGTERM and waited for. Cold and warm alternate; every pair
// gets a new data folder.
//
// Usage: bench_dependency_cache [PAIRS]   (default 3; or BENCH_PAIRS)

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Bench;

namespace {
constexpr double TargetSpeedup = 5.0;

QString npmSummary(const SpawnRun &run)
{
    // npm's own account of the install: "added 65 packages in 2s".
    static const QRegularExpression added(QStringLiteral("added \\d+ packages?[^\\n]*"));
    for (const QString &text : run.logText) {
        const QRegularExpressionMatch match = added.match(text);
        if (match.hasMatch())
            return match.captured(0).trimmed();
    }
    return {};
}

bool restoredFromCache(const SpawnRun &run)
{
    for (const QString &text : run.logText) {
        if (text.contains(u"Restored node_modules from the dependency cache"))
            return true;
    }
    return false;
}

qint64 cacheBytes(const QString &dataDir)
{
    qint64 total = 0;
    const QFileInfoList files = QDir(dataDir + u"/cache/dependencies").entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int pairs = qEnvironmentVariableIntValue("BENCH_PAIRS");
    if (argc > 1)
        pairs = QString::fromLocal8Bit(argv[1]).toInt();
    if (pairs <= 0)
        pairs = 3;

    QTemporaryDir work;
    if (!work.isValid()) {
        say(QStringLiteral("bench_dependency_cache: cannot make a temporary folder"));
        return 1;
    }
    SpawnRunOptions options;
    options.binary = QStringLiteral(SPAWNAI_BINARY);
    options.templateName = QStringLiteral("express-api");
    options.path = QStringLiteral("/api/health");
    options.readyTimeoutMs = 6 * 60 * 1000;  // the install's own limit is 5 min

    say(QStringLiteral("== bench_dependency_cache: spawn --template express-api, cold (npm install) vs warm "
                       "(node_modules archive cache)"));
    say(QStringLiteral("   %1").arg(machineLine()));
    say(QStringLiteral("   each run: process start -> ready line -> GET /api/health every 100 ms until 200; "
                       "then SIGTERM and wait"));
    say(QStringLiteral("   %1 cold/warm pairs, a new data folder per pair").arg(pairs));

    QList<double> cold, warm, coldInstall, warmInstall, pairRatios;
    PhaseTable coldPhases, warmPhases;
    int failures = 0;
    for (int pair = 1; pair <= pairs; ++pair) {
        options.dataDir = work.filePath(QStringLiteral("pair-%1").arg(pair));
        double pairCold = -1;
        for (const bool isWarm : {false, true}) {
            const SpawnRun run = runSpawnai(options);
            const QString label = isWarm ? QStringLiteral("warm") : QStringLiteral("cold");
            if (!run.ok) {
                ++failures;
                say(QStringLiteral("pair %1 %2 FAILED: %3 %4")
                        .arg(pair)
                        .arg(label, run.failure, QString::fromUtf8(run.standardError).trimmed()));
                continue;
            }
            QList<Phase> phases = spawnPhases(run, QStringLiteral("listening on"));
            // Inside install-npm on a miss: npm itself (until its "added N packages" line), then
            // saving node_modules as the cache archive.
            const qint64 npmDone = run.logAt(QStringLiteral("added "));
            if (npmDone >= 0 && !isWarm) {
                qsizetype at = phases.size();
                for (qsizetype i = 0; i < phases.size(); ++i) {
                    if (phases.at(i).key == u"install-npm")
                        at = i + 1;
                }
                phases.insert(at, Phase{QStringLiteral("(npm)"), QStringLiteral("  (npm install, to its summary line)"),
                                        npmDone - run.stepStartAt(QStringLiteral("install-npm")), false});
                phases.insert(at + 1, Phase{QStringLiteral("(cache save)"),
                                            QStringLiteral("  (then saving the cache archive)"),
                                            run.stepEndAt(QStringLiteral("install-npm")) - npmDone, false});
            }
            const bool restored = restoredFromCache(run);
            say(QStringLiteral("pair %1 %2: first 200 on /api/health at %3 ms (ready line at %4 ms); install-npm "
                               "%5 ms, %6; cache archive %7 KiB; SIGTERM->exit %8 ms, exit %9")
                    .arg(pair)
                    .arg(label)
                    .arg(run.firstOkMs)
                    .arg(run.readyLineMs)
                    .arg(run.stepMs.value(QStringLiteral("install-npm"), -1))
                    .arg(restored ? QStringLiteral("restored from the cache")
                                  : QStringLiteral("npm: \"%1\"").arg(npmSummary(run)))
                    .arg(cacheBytes(options.dataDir) / 1024)
                    .arg(run.stopMs)
                    .arg(run.exitCode));
            say(QStringLiteral("       %1").arg(phasesInline(phases)));
            if (restored != isWarm)
                say(QStringLiteral("       note: expected %1 the cache, got the opposite")
                        .arg(isWarm ? QStringLiteral("a hit in") : QStringLiteral("a miss in")));
            if (isWarm) {
                warm << double(run.firstOkMs);
                warmInstall << double(run.stepMs.value(QStringLiteral("install-npm"), -1));
                warmPhases.add(phases);
                if (pairCold > 0)
                    pairRatios << pairCold / double(run.firstOkMs);
            } else {
                cold << double(run.firstOkMs);
                coldInstall << double(run.stepMs.value(QStringLiteral("install-npm"), -1));
                coldPhases.add(phases);
                pairCold = double(run.firstOkMs);
            }
            runEventLoopFor(300);
        }
    }

    const Summary coldSummary = summarize(cold);
    const Summary warmSummary = summarize(warm);
    say(QString());
    say(QStringLiteral("RESULT cold spawn to first 200: %1").arg(describe(coldSummary)));
    say(QStringLiteral("RESULT   its install-npm step:  %1").arg(describe(summarize(coldInstall))));
    say(QStringLiteral("RESULT warm spawn to first 200: %1").arg(describe(warmSummary)));
    say(QStringLiteral("RESULT   its install-npm step:  %1").arg(describe(summarize(warmInstall))));
    say(QStringLiteral("RESULT cold phases:"));
    coldPhases.print(QStringLiteral("RESULT   "));
    say(QStringLiteral("RESULT warm phases:"));
    warmPhases.print(QStringLiteral("RESULT   "));
    say(QStringLiteral("RESULT per-pair cold/warm: %1").arg(describe(summarize(pairRatios), QStringLiteral("x"), 2)));
    if (failures > 0)
        say(QStringLiteral("RESULT failed runs: %1").arg(failures));
    if (coldSummary.count == 0 || warmSummary.count == 0) {
        say(QStringLiteral("RATIO unavailable: no successful runs"));
        return 1;
    }
    const double speedup = coldSummary.median / warmSummary.median;
    const QString verdict = speedup >= TargetSpeedup
        ? QStringLiteral("MET")
        : QStringLiteral("MISSED: warm would need <= %1 ms (is %2 ms, %3 ms too slow)")
              .arg(number(coldSummary.median / TargetSpeedup), number(warmSummary.median),
                   number(warmSummary.median - coldSummary.median / TargetSpeedup));
    say(QStringLiteral("RATIO dependency cache speedup cold/warm (medians) = %1x  target >= %2x: %3")
            .arg(number(speedup, 2), number(TargetSpeedup, 1), verdict));
    return 0;
}
