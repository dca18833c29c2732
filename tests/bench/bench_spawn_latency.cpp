// SPDX-License-Identifier: MIT
//
// bench_spawn_latency: how long from starting
//     spawnai --data-dir TMP spawn --template static-site --json
// to the first HTTP 200 on the preview URL, against starting
//     python3 -m http.server PORT
// directly (same index.html) and polling it with GET every 100 ms from t=0.
// Runs are interleaved (baseline and subject alternate which goes first),
// each process is stopped (SIGTERM) and waited for before the next run.
//
// Usage: bench_spawn_latency [REPETITIONS]   (default 10; or BENCH_REPS)

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QTemporaryDir>


using namespace Bench;

namespace {
constexpr int PollIntervalMs = 100;
constexpr double TargetRatio = 1.5;

struct BaselineRun
{
    bool ok = false;
    QString failure;
    qint64 firstOkMs = -1;
    qint64 servingLineMs = -1;  // python's "Serving HTTP on ..." line
    int attempts = 0;
    qint64 stopMs = -1;
};

BaselineRun runBaseline(const QString &siteDir)
{
    BaselineRun result;
    const quint16 port = freeLoopbackPort();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QProcess process;
    process.setProgram(baselinePython());
    process.setArguments({QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port)});
    process.setWorkingDirectory(siteDir);
    // As inside a sandbox (BwrapArguments sets it too), so the line is timely.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        if (process.readAllStandardOutput().contains("Serving HTTP") && result.servingLineMs < 0)
            result.servingLineMs = clock.elapsed();
    });
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    HttpPoller poller(&network, url, clock, PollIntervalMs, 30000);

    clock.start();
    process.start();
    poller.start();  // t=0: the client polls from the start
    runEventLoopUntil([&] { return poller.isDone() || process.state() == QProcess::NotRunning; }, 32000);
    if (poller.succeeded()) {
        result.ok = true;
        result.firstOkMs = poller.okAtMs();
        result.attempts = poller.attempts();
    } else {
        result.failure = QStringLiteral("python3 -m http.server gave no 200: %1 %2")
                             .arg(poller.lastError(), QString::fromUtf8(process.readAllStandardError()));
    }
    result.stopMs = terminateAndWait(&process);
    process.disconnect();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int repetitions = qEnvironmentVariableIntValue("BENCH_REPS");
    if (argc > 1)
        repetitions = QString::fromLocal8Bit(argv[1]).toInt();
    if (repetitions <= 0)
        repetitions = 10;

    QTemporaryDir work;
    if (!work.isValid()) {
        say(QStringLiteral("bench_spawn_latency: cannot make a temporary folder"));
        return 1;
    }
    const QString siteDir = work.filePath(QStringLiteral("site"));
    const QString dataDir = work.filePath(QStringLiteral("data"));
    QDir().mkpath(siteDir);
    if (!QFile::copy(QStringLiteral(SPAWNAI_STATIC_SITE_DIR "/index.html"), siteDir + u"/index.html")) {
        say(QStringLiteral("bench_spawn_latency: cannot copy the static-site index.html"));
        return 1;
    }

    SpawnRunOptions options;
    options.binary = QStringLiteral(SPAWNAI_BINARY);
    options.dataDir = dataDir;
    options.templateName = QStringLiteral("static-site");
    options.pollIntervalMs = PollIntervalMs;

    say(QStringLiteral("== bench_spawn_latency: spawn --template static-site to first HTTP 200"));
    say(QStringLiteral("   %1").arg(machineLine()));
    say(QStringLiteral("   subject:  %1 --data-dir TMP spawn --template static-site --json; GET the ready URL "
                       "every %2 ms until 200")
            .arg(options.binary)
            .arg(PollIntervalMs));
    say(QStringLiteral("   baseline: python3 -m http.server PORT in a folder with the same index.html; GET every "
                       "%1 ms from t=0 until 200")
            .arg(PollIntervalMs));
    say(QStringLiteral("   %1").arg(pythonNote()));
    say(QStringLiteral("   %1 interleaved repetitions each, after one untimed warm-up of each (it also creates "
                       "the history database)")
            .arg(repetitions));

    // Warm-up: page cache, the database's creation and migration.
    {
        const BaselineRun baseline = runBaseline(siteDir);
        const SpawnRun subject = runSpawnai(options);
        if (!baseline.ok || !subject.ok) {
            say(QStringLiteral("warm-up failed: %1 %2 %3")
                    .arg(baseline.failure, subject.failure, QString::fromUtf8(subject.standardError)));
            return 1;
        }
        runEventLoopFor(300);
    }

    QList<double> baselineTimes, baselineServing, stopTimes, subjectTimes, readyLines;
    PhaseTable phases;
    int failures = 0;
    for (int i = 0; i < repetitions; ++i) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool baselineTurn = (i % 2 == 0) == (turn == 0);
            if (baselineTurn) {
                const BaselineRun run = runBaseline(siteDir);
                if (!run.ok) {
                    ++failures;
                    say(QStringLiteral("run %1 baseline FAILED: %2").arg(i + 1).arg(run.failure));
                    continue;
                }
                baselineTimes << double(run.firstOkMs);
                baselineServing << double(run.servingLineMs);
                say(QStringLiteral("run %1 baseline: first 200 at %2 ms (%3 GETs; \"Serving HTTP\" line at %4 ms)")
                        .arg(i + 1, 2)
                        .arg(run.firstOkMs)
                        .arg(run.attempts)
                        .arg(run.servingLineMs));
            } else {
                const SpawnRun run = runSpawnai(options);
                if (!run.ok) {
                    ++failures;
                    say(QStringLiteral("run %1 spawnai FAILED: %2 %3")
                            .arg(i + 1)
                            .arg(run.failure, QString::fromUtf8(run.standardError)));
                    continue;
                }
                const QList<Phase> runPhases = spawnPhases(run, QStringLiteral("Serving HTTP"));
                phases.add(runPhases);
                subjectTimes << double(run.firstOkMs);
                readyLines << double(run.readyLineMs);
                stopTimes << double(run.stopMs);
                say(QStringLiteral("run %1 spawnai:  first 200 at %2 ms (ready line at %3 ms, %4 GET(s); %5; "
                                   "SIGTERM->exit %6 ms, exit code %7, last status %8)")
                        .arg(i + 1, 2)
                        .arg(run.firstOkMs)
                        .arg(run.readyLineMs)
                        .arg(run.attempts)
                        .arg(phasesInline(runPhases))
                        .arg(run.stopMs)
                        .arg(run.exitCode)
                        .arg(run.lastStatus));
                if (run.exitCode != 0 || run.lastStatus != u"stopped")
                    say(QStringLiteral("   note: the run did not end as stopped/0: %1")
                            .arg(QString::fromUtf8(run.standardError).trimmed()));
            }
            runEventLoopFor(300);
        }
    }
    // What a run left behind in the data folder: every sandbox folder should be gone.
    const QStringList leftovers = QDir(dataDir + u"/sandboxes").entryList(QDir::Dirs | QDir::NoDotAndDotDot);

    const Summary baseline = summarize(baselineTimes);
    const Summary subject = summarize(subjectTimes);
    say(QString());
    say(QStringLiteral("RESULT baseline first 200 (python3 -m http.server):  %1").arg(describe(baseline)));
    say(QStringLiteral("RESULT   its \"Serving HTTP\" line:                    %1").arg(describe(summarize(baselineServing))));
    say(QStringLiteral("RESULT spawnai first 200 (spawn static-site):        %1").arg(describe(subject)));
    say(QStringLiteral("RESULT   ready line:                                 %1").arg(describe(summarize(readyLines))));
    say(QStringLiteral("RESULT spawnai phases (from the --json timestamps and step ms; indented lines are details, not added):"));
    phases.print(QStringLiteral("RESULT   "));
    say(QStringLiteral("RESULT spawnai SIGTERM -> exit: %1").arg(describe(summarize(stopTimes))));
    say(QStringLiteral("RESULT sandbox folders left in the data dir: %1").arg(leftovers.size()));
    if (failures > 0)
        say(QStringLiteral("RESULT failed runs: %1").arg(failures));
    if (baseline.count == 0 || subject.count == 0) {
        say(QStringLiteral("RATIO unavailable: no successful runs"));
        return 1;
    }
    const double ratio = subject.median / baseline.median;
    const QString verdict = ratio <= TargetRatio
        ? QStringLiteral("MET")
        : QStringLiteral("MISSED by %1 ms of median (needs <= %2 ms; %3% over)")
              .arg(number(subject.median - TargetRatio * baseline.median))
              .arg(number(TargetRatio * baseline.median))
              .arg(number((ratio / TargetRatio - 1.0) * 100.0, 1));
    say(QStringLiteral("RATIO spawn latency spawnai/baseline (medians) = %1  (min/min %2, max/max %3)  target <= %4: %5")
            .arg(number(ratio, 2), number(subject.min / baseline.min, 2), number(subject.max / baseline.max, 2),
                 number(TargetRatio, 1), verdict));
    return 0;
}
