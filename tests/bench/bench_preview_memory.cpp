// SPDX-License-Identifier: MIT
// Memory of the desktop app with one preview open (target: <= 400 MB for
// the app and WebEngine's processes together), against the same app idle
// with no preview, in one run. Drives the real binary: `spawnai --template
// static-site` opens the window and deploys the template on the local
// sandbox; the session page brings the preview to the front once the app
// is ready, and the start-up probe prints "preview-loaded" when the page
// has loaded. The sandbox's own processes (the user's app) are not counted.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>


using namespace Bench;

namespace {
constexpr int Runs = 3;
constexpr int SettleMs = 3000;

struct Footprint
{
    bool ok = false;
    double appRssMb = 0;
    double totalRssMb = 0;  // the app and WebEngine's processes
    double totalPssMb = 0;  // the same, shared pages counted once
    int webEngineProcesses = 0;
};

bool isWebEngine(qint64 pid)
{
    return processName(pid).startsWith(QStringLiteral("QtWebEngine"));
}

Footprint measure(qint64 appPid)
{
    Footprint result;
    const qint64 appRss = statusFieldKb(appPid, "VmRSS");
    const qint64 appPss = pssKb(appPid);
    if (appRss < 0)
        return result;
    qint64 rss = appRss;
    qint64 pss = appPss;
    for (const qint64 pid : descendants(appPid)) {
        if (!isWebEngine(pid))
            continue;
        ++result.webEngineProcesses;
        rss += std::max<qint64>(0, statusFieldKb(pid, "VmRSS"));
        pss += std::max<qint64>(0, pssKb(pid));
    }
    result.ok = true;
    result.appRssMb = double(appRss) / 1024.0;
    result.totalRssMb = double(rss) / 1024.0;
    result.totalPssMb = double(pss) / 1024.0;
    return result;
}

// One start of the app; `withPreview` deploys the template and waits for
// its page in the preview, otherwise the window stays idle after painting.
Footprint runOnce(const QProcessEnvironment &environment, bool withPreview)
{
    QTemporaryDir dataDir;
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--data-dir"), dataDir.path()};
    if (withPreview)
        arguments << QStringLiteral("--template") << QStringLiteral("static-site");
    process.start(QStringLiteral(SPAWNAI_BINARY), arguments);
    const QByteArray milestone = withPreview ? "preview-loaded\n" : "painted\n";
    QByteArray out;
    const bool reached = runEventLoopUntil([&] {
        out += process.readAllStandardOutput();
        return out.contains(milestone) || out.contains("preview-failed\n") || process.state() == QProcess::NotRunning;
    }, 180000, 5);
    Footprint result;
    if (reached && out.contains(milestone)) {
        runEventLoopFor(SettleMs);
        result = measure(process.processId());
    } else {
        say(u"  spawnai did not reach " + QString::fromLatin1(milestone.trimmed()) + u": "
            + QString::fromLocal8Bit(process.readAllStandardError().right(600)));
    }
    terminateAndWait(&process, 20000);
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    say(u"bench_preview_memory: " + machineLine());
    QTemporaryDir xdg;
    // A fresh user: no settings, no history, as on a first start.
    const QProcessEnvironment environment = guiBenchEnvironment(xdg.path());

    QList<double> idleRss;
    QList<double> previewRss;
    QList<double> previewPss;
    QList<double> previewAppRss;
    int processes = 0;
    for (int run = 0; run < Runs; ++run) {
        const Footprint idle = runOnce(environment, false);
        const Footprint preview = runOnce(environment, true);
        if (!idle.ok || !preview.ok)
            return 1;
        idleRss << idle.totalRssMb;
        previewRss << preview.totalRssMb;
        previewPss << preview.totalPssMb;
        previewAppRss << preview.appRssMb;
        processes = preview.webEngineProcesses;
    }
    const Summary idle = summarize(idleRss);
    const Summary rss = summarize(previewRss);
    say(u"  idle, no preview: RSS " + describe(idle, QStringLiteral("MiB"), 1));
    say(u"  one preview open: app and " + QString::number(processes) + u" WebEngine processes: RSS "
        + describe(rss, QStringLiteral("MiB"), 1) + u", PSS "
        + describe(summarize(previewPss), QStringLiteral("MiB"), 1) + u" (target <= 400 MB)");
    say(u"  of which the app's own process: RSS " + describe(summarize(previewAppRss), QStringLiteral("MiB"), 1));
    say(u"  ratio to idle (RSS medians): " + number(rss.median / idle.median, 2));
    return 0;
}
