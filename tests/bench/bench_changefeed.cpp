// SPDX-License-Identifier: MIT
//
// bench_changefeed: the change feed (docs/store.md, docs/architecture.md).
//   - Latency from a change written by another process (store_changewriter,
//     a SessionStore of its own on the same file, one write every 37 ms so
//     writes fall anywhere in the 50 ms tick) to ChangeFeed::changed here:
//     p50/p95/max over every change, from the change's own commit-side
//     time stamp (ms) to its arrival (wall clock, same machine).
//   - The same for a write of this process (synchronous; µs).
//   - Idle CPU of this process over BENCH_IDLE_MS (default 10 s): the feed
//     listened to (its tick reads PRAGMA data_version) against not listened
//     to, as % of one core.
//
// Usage: bench_changefeed [SESSIONS]   (default 20: 20 × 11 changes)

#include "benchsupport.h"
#include "common/paths.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Bench;

namespace {
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

QString spread(const QList<double> &values, const QString &unit, int decimals)
{
    return u"p50 " + number(percentile(values, 0.5), decimals) + u' ' + unit + u", p95 "
           + number(percentile(values, 0.95), decimals) + u' ' + unit + u", max "
           + number(percentile(values, 1.0), decimals) + u' ' + unit + u", n=" + QString::number(values.size());
}

// % of one core this process used over `ms` of an otherwise idle event loop.
double idleCpuPercent(int ms)
{
    const qint64 pid = QCoreApplication::applicationPid();
    const qint64 before = cpuNs(pid);
    QElapsedTimer clock;
    clock.start();
    runEventLoopFor(ms);
    return double(cpuNs(pid) - before) / double(clock.nsecsElapsed()) * 100.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int sessions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const int idleMs = qEnvironmentVariableIsSet("BENCH_IDLE_MS") ? qEnvironmentVariableIntValue("BENCH_IDLE_MS") : 10000;
    say(QStringLiteral("bench_changefeed: ") + machineLine());
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    Database database;
    if (database.open().isError())
        return 1;
    SessionStore store(database);
    ChangeFeed *feed = store.feed();

    // Idle, nobody listening: the baseline of this process's event loop.
    const double idleOff = idleCpuPercent(idleMs);
    QObject listener;
    QList<double> crossMs;
    QList<double> ownUs;
    QElapsedTimer own;
    bool measuringOwn = false;
    QObject::connect(feed, &ChangeFeed::changed, &listener, [&](const SessionChange &change) {
        if (measuringOwn)
            ownUs << double(own.nsecsElapsed()) / 1000.0;
        else
            crossMs << double(change.at.msecsTo(QDateTime::currentDateTimeUtc()));
    });
    const double idleOn = idleCpuPercent(idleMs);

    QProcess writer;
    writer.start(QStringLiteral(STORE_CHANGEWRITER), {dir.path(), QString::number(sessions), QStringLiteral("4"),
                                                      QStringLiteral("--interval"), QStringLiteral("37")});
    const int expected = sessions * 11;
    if (!runEventLoopUntil([&] { return crossMs.size() >= expected; }, 120000)) {
        say(u"FAILED: got " + QString::number(crossMs.size()) + u" of " + QString::number(expected) + u" changes");
        return 2;
    }
    writer.waitForFinished(10000);

    measuringOwn = true;
    for (int i = 0; i < 200; ++i) {
        Session session;
        session.prompt = QStringLiteral("in process");
        own.start();
        store.createSession(session);
    }
    say(u"RESULT another process -> changed(): " + spread(crossMs, QStringLiteral("ms"), 0));
    say(u"RESULT this process -> changed(): " + spread(ownUs, QStringLiteral("µs"), 0)
        + u" (includes the write's own transaction)");
    say(u"RESULT idle CPU over " + QString::number(idleMs / 1000) + u" s: listened to " + number(idleOn, 3)
        + u" % of a core, not listened to " + number(idleOff, 3) + u" %, difference " + number(idleOn - idleOff, 3)
        + u" %");
    const bool met = percentile(crossMs, 0.95) <= 300 && idleOn - idleOff <= 0.1;
    say(u"RATIO p95 " + number(percentile(crossMs, 0.95)) + u" ms (target <= 300), idle overhead "
        + number(idleOn - idleOff, 3) + u" % (target <= 0.1): " + (met ? u"met" : u"NOT met"));
    Paths::setDataDirOverride({});
    return 0;
}
