// SPDX-License-Identifier: MIT
// What hosting the local API costs an idle window (issue 12: at most 5 MB
// more RSS and 0.1 % of a core more than with Settings > Automation off).
// The real app, offscreen, with no sessions: started with the API on and
// off in turn (interleaved, so a noisy machine hits both alike), left idle,
// then its RSS and the CPU time of all its threads over a quiet window.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Bench;

namespace {
constexpr int Rounds = 3;
constexpr int SettleMs = 5000;
constexpr int IdleMs = 30000;

struct Idle
{
    bool ok = false;
    bool hosted = false;  // api.json was written: the window served the API
    double rssMiB = 0;
    double pssMiB = 0;
    double tlsMiB = 0;  // OpenSSL and Qt's TLS plugins, mapped and touched
    double corePercent = 0;
};

// Qt 6.4's QAbstractHttpServer makes a QSslConfiguration in its constructor,
// which loads the TLS backend (OpenSSL): file-backed library pages that the
// window's first HTTPS request (Claude, E2B) loads in any case. Reported on
// their own so the API's own cost can be told from them.
double tlsRssMiB(qint64 pid)
{
    QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    qint64 kb = 0;
    bool tls = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts.at(0).contains('-') && !parts.at(0).endsWith(':')) {
            const QByteArray path = parts.size() > 5 ? parts.at(5) : QByteArray();
            tls = path.contains("/libcrypto.so") || path.contains("/libssl.so") || path.contains("/plugins/tls/");
        } else if (tls && parts.value(0) == "Rss:") {
            kb += parts.value(1).toLongLong();
        }
    }
    return double(kb) / 1024.0;
}

Idle idleOnce(bool apiOn)
{
    Idle result;
    QTemporaryDir user;
    QTemporaryDir data;
    // Settings as the window stores them beside a --data-dir (settings.ini).
    QFile settings(data.filePath(QStringLiteral("settings.ini")));
    if (!settings.open(QIODevice::WriteOnly))
        return result;
    settings.write(apiOn ? "[api]\nenabled=true\n" : "[api]\nenabled=false\n");
    settings.close();

    QProcess process;
    process.setProcessEnvironment(guiBenchEnvironment(user.path()));
    process.start(QStringLiteral(SPAWNAI_BINARY), {QStringLiteral("--data-dir"), data.path()});
    QByteArray out;
    const bool painted = runEventLoopUntil([&] {
        out += process.readAllStandardOutput();
        return out.contains("painted\n") || process.state() == QProcess::NotRunning;
    }, 30000, 1);
    if (!painted || !out.contains("painted\n")) {
        say(u"  spawnai did not paint: " + QString::fromLocal8Bit(process.readAllStandardError().right(400)));
        return result;
    }
    runEventLoopFor(SettleMs);
    result.hosted = QFileInfo::exists(data.filePath(QStringLiteral("api.json")));
    const qint64 pid = process.processId();
    const qint64 before = cpuNs(pid);
    runEventLoopFor(IdleMs);
    const qint64 after = cpuNs(pid);
    result.rssMiB = double(statusFieldKb(pid, "VmRSS")) / 1024.0;
    result.pssMiB = double(pssKb(pid)) / 1024.0;
    result.tlsMiB = tlsRssMiB(pid);
    result.corePercent = 100.0 * double(after - before) / (double(IdleMs) * 1e6);
    result.ok = before >= 0 && after >= before;
    terminateAndWait(&process, 5000);
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    say(u"bench_api_idle: " + machineLine());
    // A warm-up: the first start after a build pays for the disk cache.
    idleOnce(true);
    QList<double> onRss, offRss, onPss, offPss, onCpu, offCpu, onTls, offTls;
    for (int round = 0; round < Rounds; ++round) {
        const Idle on = idleOnce(true);
        const Idle off = idleOnce(false);
        if (!on.ok || !off.ok || !on.hosted || off.hosted) {
            say(QStringLiteral("  a run failed (API on: ran %1, hosted %2; off: ran %3, hosted %4)")
                    .arg(on.ok).arg(on.hosted).arg(off.ok).arg(off.hosted));
            return 1;
        }
        onRss << on.rssMiB;
        offRss << off.rssMiB;
        onPss << on.pssMiB;
        offPss << off.pssMiB;
        onCpu << on.corePercent;
        offCpu << off.corePercent;
        onTls << on.tlsMiB;
        offTls << off.tlsMiB;
    }
    const Summary rssOn = summarize(onRss);
    const Summary rssOff = summarize(offRss);
    const Summary cpuOn = summarize(onCpu);
    const Summary cpuOff = summarize(offCpu);
    say(u"  API on:  RSS " + describe(rssOn, QStringLiteral("MiB"), 1) + u", PSS "
        + describe(summarize(onPss), QStringLiteral("MiB"), 1) + u", CPU " + describe(cpuOn, QStringLiteral("% of a core"), 3));
    say(u"  API off: RSS " + describe(rssOff, QStringLiteral("MiB"), 1) + u", PSS "
        + describe(summarize(offPss), QStringLiteral("MiB"), 1) + u", CPU " + describe(cpuOff, QStringLiteral("% of a core"), 3));
    const double tls = summarize(onTls).median - summarize(offTls).median;
    say(u"  of the RSS, OpenSSL (loaded by QAbstractHttpServer's constructor): +" + number(tls, 1) + u" MiB");
    say(u"  the API's cost (medians): RSS +" + number(rssOn.median - rssOff.median, 1) + u" MiB (target <= 5 MB; +"
        + number(rssOn.median - rssOff.median - tls, 1) + u" MiB without OpenSSL), CPU +"
        + number(cpuOn.median - cpuOff.median, 3) + u" % of a core (target <= 0.1 %), idle over "
        + number(IdleMs / 1000.0, 0) + u" s after " + number(SettleMs / 1000.0, 0) + u" s");
    return 0;
}
