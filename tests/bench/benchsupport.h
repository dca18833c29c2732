// SPDX-License-Identifier: MIT
#pragma once

// Shared pieces of the benchmarks in tests/bench: statistics, an HTTP poller
// that behaves like a browser waiting for a page, a driver for the real
// `spawnai spawn --json` process, and readers for /proc.
//
// Benchmarks print their figures; they are not CTest tests.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;
class QProcessEnvironment;
class QTimer;

namespace Bench {

// ---- Output and statistics -------------------------------------------------

// One line on stdout, flushed at once (the bench target streams it).
void say(const QString &text);
// "2026-11-26 15:52 UTC, 2 CPUs, load 1.23 0.98 0.70"
QString machineLine();

struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
    int count = 0;
};
Summary summarize(QList<double> values);
// "median 283 ms (min 271, max 402, n=10)"
QString describe(const Summary &summary, const QString &unit = QStringLiteral("ms"), int decimals = 0);
QString number(double value, int decimals = 0);

// Lets the event loop run for `ms` (timers, sockets, child processes).
void runEventLoopFor(int ms);
// Runs the event loop until `done()` is true or `timeoutMs` passes; returns done().
bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs, int slackMs = 20);

// ---- HTTP ------------------------------------------------------------------

// GETs `url` every `intervalMs` (measured from the start of one attempt to
// the start of the next, never faster, as SpawnAI's readiness probe does)
// until the answer is HTTP 200 or `timeoutMs` passes. Times are read from
// `clock`, so they share the caller's t=0.
class HttpPoller final : public QObject
{
    Q_OBJECT

public:
    HttpPoller(QNetworkAccessManager *network, const QUrl &url, const QElapsedTimer &clock, int intervalMs,
               int timeoutMs, QObject *parent = nullptr);
    void start();

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_okAtMs >= 0; }
    qint64 okAtMs() const { return m_okAtMs; }  // clock time of the first 200, -1 if none
    int attempts() const { return m_attempts; }
    int lastStatus() const { return m_lastStatus; }
    QString lastError() const { return m_lastError; }

signals:
    void done();

private:
    void attempt();
    void onFinished();
    void finish();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    const QElapsedTimer &m_clock;
    int m_intervalMs;
    int m_timeoutMs;
    qint64 m_startedAtMs = 0;
    qint64 m_attemptAtMs = 0;
    QTimer *m_retry;
    QPointer<QNetworkReply> m_reply;
    int m_attempts = 0;
    int m_lastStatus = 0;
    QString m_lastError;
    qint64 m_okAtMs = -1;
    bool m_done = false;
};

// The Python a baseline runs: the one sandboxes run (/usr/bin/python3, as
// /usr is all they see and their PATH is /usr/local/bin:/usr/bin:/bin), not
// whatever `python3` is first on the host's PATH (a pyenv shim there costs
// ~150 ms of bash per start). BENCH_PYTHON overrides.
QString baselinePython();
// One line for the output when `python3` on PATH is not baselinePython().
QString pythonNote();

// A loopback TCP port nobody listens on right now.
quint16 freeLoopbackPort();

// ---- Processes -------------------------------------------------------------

// SIGTERM, then waits (in the event loop) for the exit; SIGKILL after
// `graceMs`. Returns how long the process took to exit, -1 if it was killed.
qint64 terminateAndWait(QProcess *process, int graceMs = 15000);

// ---- The real spawnai binary -----------------------------------------------

// The environment of a desktop benchmark: the start-up probe on, the
// offscreen platform unless one is set, WebEngine's sandbox off as root,
// and a fresh user (config and cache under `userDir`, no settings yet).
QProcessEnvironment guiBenchEnvironment(const QString &userDir);

struct SpawnRunOptions
{
    QString binary;
    QString dataDir;
    QString templateName;
    QString path = QStringLiteral("/");  // what the client GETs after ready
    int pollIntervalMs = 100;
    int readyTimeoutMs = 60000;
    int pollTimeoutMs = 30000;
};

// One `spawnai --data-dir D spawn --template T --json`, timed from just
// before the process starts (t=0) to the first HTTP 200 on the preview URL,
// then stopped with SIGTERM and waited for.
struct SpawnRun
{
    bool ok = false;
    QString failure;
    qint64 startWallMs = 0;     // wall clock at t=0 (JSON "time" fields are wall clock)
    qint64 readyLineMs = -1;    // t of the `ready` line on our side of the pipe
    qint64 firstOkMs = -1;      // t of the first 200
    int attempts = 0;
    QUrl url;
    QMap<QString, qint64> stepMs;       // the `step` events' own durations
    QMap<QString, qint64> statusWallMs; // first time each status was reported (wall clock, ms)
    QMap<QString, qint64> stepStartWallMs;
    QMap<QString, qint64> stepEndWallMs;
    QStringList logText;
    QList<qint64> logWallMs;  // when each log event was written (wall clock, ms)
    qint64 stopMs = -1;  // SIGTERM to exit
    int exitCode = -1;
    QString lastStatus;
    QByteArray standardError;

    // Wall-clock phase lengths derived from the JSON timestamps (ms; -1 if unknown).
    qint64 statusAt(const QString &status) const;  // relative to t=0
    qint64 stepStartAt(const QString &step) const;
    qint64 stepEndAt(const QString &step) const;
    // t of the first log event that contains `text`, -1 if none.
    qint64 logAt(const QString &text) const;
};

SpawnRun runSpawnai(const SpawnRunOptions &options);

// Where a run's time went, from the --json timestamps and the steps' own ms.
// Additive phases add up to the time to the first 200 ("other" is the rest:
// bookkeeping between steps); the others are details of one of them.
struct Phase
{
    QString key;   // short, for one-line summaries
    QString name;  // for tables
    qint64 ms = -1;
    bool additive = true;
};
// `listeningMarker`: a log line the app prints once it listens.
QList<Phase> spawnPhases(const SpawnRun &run, const QString &listeningMarker);
QString phasesInline(const QList<Phase> &phases);

// Medians (and min/max) of the phases of many runs, in first-seen order.
class PhaseTable
{
public:
    void add(const QList<Phase> &phases);
    void print(const QString &prefix) const;

private:
    QStringList m_order;
    QHash<QString, QList<double>> m_values;
    QHash<QString, bool> m_additive;
};

// ---- /proc -----------------------------------------------------------------

qint64 statusFieldKb(qint64 pid, const char *field);  // "VmRSS", "VmHWM"; -1 if gone
qint64 pssKb(qint64 pid);                             // from smaps_rollup; -1 if unreadable
qint64 cpuTicks(qint64 pid);                          // utime + stime; -1 if gone
// CPU time of all threads of `pid` in ns from schedstat (exact, where
// utime+stime of a short-lived process rounds to 0 ticks); -1 if gone.
qint64 cpuNs(qint64 pid);
double ticksPerSecond();
// The whole machine's CPU time from /proc/stat, in ticks: busy and all.
struct MachineCpu
{
    qint64 busy = 0;
    qint64 total = 0;
};
MachineCpu machineCpu();
QString processName(qint64 pid);
qint64 parentPid(qint64 pid);
// Every live process below `pid` (children, grandchildren, ...), by PPid.
QList<qint64> descendants(qint64 pid);

} // namespace Bench
