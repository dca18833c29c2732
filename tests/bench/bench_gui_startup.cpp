// SPDX-License-Identifier: MIT
// Cold start of the desktop app to its main window painted and idle, against
// the smallest Qt Widgets main window built in the same tree (target: ratio
// <= 2), and the app's idle memory with no preview open (target <= 120 MB).
// Both programs print "painted" through the same probe (app/startupprobe);
// runs are interleaved so a noisy machine hits both alike.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Bench;

namespace {
constexpr int Runs = 10;
constexpr int IdleMs = 3000;

struct Start
{
    bool ok = false;
    double paintedMs = 0;
    qint64 rssKb = -1;
    qint64 pssKb = -1;
};

Start startOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                bool measureMemory)
{
    Start result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray out;
    const bool painted = runEventLoopUntil([&] {
        out += process.readAllStandardOutput();
        return out.contains("painted\n") || process.state() == QProcess::NotRunning;
    }, 30000, 1);
    if (painted && out.contains("painted\n")) {
        result.ok = true;
        result.paintedMs = double(clock.nsecsElapsed()) / 1e6;
        if (measureMemory) {
            runEventLoopFor(IdleMs);
            result.rssKb = statusFieldKb(process.processId(), "VmRSS");
            result.pssKb = pssKb(process.processId());
        }
    } else {
        say(u"  " + program + u" did not paint: " + QString::fromLocal8Bit(process.readAllStandardError().right(400)));
    }
    terminateAndWait(&process, 5000);
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    say(u"bench_gui_startup: " + machineLine());
    QTemporaryDir dataDir;
    QTemporaryDir xdg;
    // A fresh user: no settings, no history, as on a first start.
    const QProcessEnvironment environment = guiBenchEnvironment(xdg.path());
    const QStringList appArguments{QStringLiteral("--data-dir"), dataDir.path()};

    // One warm-up each: the first start after a build pays for the disk cache.
    startOnce(QStringLiteral(SPAWNAI_BINARY), appArguments, environment, false);
    startOnce(QStringLiteral(MINIMAL_WINDOW_BINARY), {}, environment, false);

    QList<double> appMs;
    QList<double> minimalMs;
    QList<double> appRss;
    QList<double> appPss;
    QList<double> minimalRss;
    for (int run = 0; run < Runs; ++run) {
        const bool measure = run < 3;
        const Start spawnai = startOnce(QStringLiteral(SPAWNAI_BINARY), appArguments, environment, measure);
        const Start minimal = startOnce(QStringLiteral(MINIMAL_WINDOW_BINARY), {}, environment, measure);
        if (!spawnai.ok || !minimal.ok)
            return 1;
        appMs << spawnai.paintedMs;
        minimalMs << minimal.paintedMs;
        if (measure) {
            appRss << double(spawnai.rssKb) / 1024.0;
            appPss << double(spawnai.pssKb) / 1024.0;
            minimalRss << double(minimal.rssKb) / 1024.0;
        }
    }
    const Summary app = summarize(appMs);
    const Summary minimal = summarize(minimalMs);
    say(u"  spawnai to painted and idle:        " + describe(app));
    say(u"  minimal window to painted and idle: " + describe(minimal));
    say(u"  ratio (medians): " + number(app.median / minimal.median, 2) + u" (target <= 2)");
    say(u"  spawnai idle after " + number(IdleMs / 1000.0, 0) + u" s, no preview: RSS "
        + describe(summarize(appRss), QStringLiteral("MiB"), 1) + u", PSS "
        + describe(summarize(appPss), QStringLiteral("MiB"), 1) + u" (target RSS <= 120 MB)");
    say(u"  minimal window idle: RSS " + describe(summarize(minimalRss), QStringLiteral("MiB"), 1));
    return 0;
}
