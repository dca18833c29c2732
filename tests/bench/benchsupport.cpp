// SPDX-License-Identifier: MIT
#include "benchsupport.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Bench {

// ---- Output and statistics -------------------------------------------------

void say(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString machineLine()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    QString load;
    if (loadavg.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2);
    return QStringLiteral("%1, %2 CPUs, load average %3")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
        .arg(QThread::idealThreadCount())
        .arg(load);
}

Summary summarize(QList<double> values)
{
    Summary summary;
    summary.count = int(values.size());
    if (values.isEmpty())
        return summary;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    summary.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    summary.min = values.first();
    summary.max = values.last();
    return summary;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString describe(const Summary &summary, const QString &unit, int decimals)
{
    if (summary.count == 0)
        return QStringLiteral("no data");
    return QStringLiteral("median %1 %2 (min %3, max %4, n=%5)")
        .arg(number(summary.median, decimals), unit, number(summary.min, decimals), number(summary.max, decimals))
        .arg(summary.count);
}

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs, int slackMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        runEventLoopFor(slackMs);
    return done();
}

// ---- HTTP ------------------------------------------------------------------

HttpPoller::HttpPoller(QNetworkAccessManager *network, const QUrl &url, const QElapsedTimer &clock, int intervalMs,
                       int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_clock(clock)
    , m_intervalMs(intervalMs)
    , m_timeoutMs(timeoutMs)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::PreciseTimer);
    connect(m_retry, &QTimer::timeout, this, &HttpPoller::attempt);
}

void HttpPoller::start()
{
    m_startedAtMs = m_clock.elapsed();
    attempt();
}

void HttpPoller::attempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_attemptAtMs = m_clock.elapsed();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpPoller::onFinished);
}

void HttpPoller::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const qint64 now = m_clock.elapsed();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_lastStatus == 200) {
        m_okAtMs = now;
        finish();
        return;
    }
    m_lastError = reply->errorString();
    if (now - m_startedAtMs >= m_timeoutMs) {
        finish();
        return;
    }
    m_retry->start(int(std::max<qint64>(0, m_intervalMs - (now - m_attemptAtMs))));
}

void HttpPoller::finish()
{
    m_done = true;
    m_retry->stop();
    emit done();
}

QString baselinePython()
{
    if (const QString chosen = qEnvironmentVariable("BENCH_PYTHON"); !chosen.isEmpty())
        return chosen;
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString pythonNote()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString used = baselinePython();
    if (QFileInfo(onPath).canonicalFilePath() == QFileInfo(used).canonicalFilePath())
        return QStringLiteral("baseline Python: %1").arg(used);
    return QStringLiteral("baseline Python: %1, the one sandboxes run; python3 on PATH is %2 (not used)")
        .arg(used, onPath);
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// ---- Processes -------------------------------------------------------------

qint64 terminateAndWait(QProcess *process, int graceMs)
{
    if (process->state() == QProcess::NotRunning)
        return 0;
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(process->processId()), SIGTERM);
    if (runEventLoopUntil([process] { return process->state() == QProcess::NotRunning; }, graceMs, 2))
        return timer.elapsed();
    process->kill();
    process->waitForFinished(5000);
    return -1;
}

// ---- The real spawnai binary -----------------------------------------------

namespace {
qint64 wallMs(const QJsonObject &event)
{
    const QDateTime time = QDateTime::fromString(event.value(u"time").toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}
} // namespace

qint64 SpawnRun::statusAt(const QString &status) const
{
    const qint64 at = statusWallMs.value(status, -1);
    return at < 0 ? -1 : at - startWallMs;
}

qint64 SpawnRun::stepStartAt(const QString &step) const
{
    const qint64 at = stepStartWallMs.value(step, -1);
    return at < 0 ? -1 : at - startWallMs;
}

qint64 SpawnRun::stepEndAt(const QString &step) const
{
    const qint64 at = stepEndWallMs.value(step, -1);
    return at < 0 ? -1 : at - startWallMs;
}

qint64 SpawnRun::logAt(const QString &text) const
{
    for (qsizetype i = 0; i < logText.size(); ++i) {
        if (logText.at(i).contains(text))
            return logWallMs.value(i, -1) < 0 ? -1 : logWallMs.at(i) - startWallMs;
    }
    return -1;
}

SpawnRun runSpawnai(const SpawnRunOptions &options)
{
    SpawnRun result;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QProcess process;
    process.setProgram(options.binary);
    process.setArguments({QStringLiteral("--data-dir"), options.dataDir, QStringLiteral("spawn"),
                          QStringLiteral("--template"), options.templateName, QStringLiteral("--json")});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));  // the CLI's default: quiet diagnostics
    process.setProcessEnvironment(environment);

    QElapsedTimer clock;
    HttpPoller *poller = nullptr;
    bool failed = false;

    auto onLine = [&](const QByteArray &line) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString kind = event.value(u"event").toString();
        if (kind == u"status") {
            const QString status = event.value(u"status").toString();
            result.lastStatus = status;
            if (!result.statusWallMs.contains(status))
                result.statusWallMs.insert(status, wallMs(event));
            if (status == u"ready" && !poller) {
                result.readyLineMs = clock.elapsed();
                result.url = QUrl(event.value(u"url").toString());
                // The client starts at once, on the line that names the URL.
                poller = new HttpPoller(&network, result.url.resolved(QUrl(options.path)), clock,
                                        options.pollIntervalMs, options.pollTimeoutMs, &network);
                poller->start();
            } else if (status == u"failed") {
                failed = true;
                result.failure = event.value(u"error").toObject().value(u"message").toString();
            }
        } else if (kind == u"step") {
            const QString step = event.value(u"step").toString();
            if (event.value(u"phase").toString() == u"finished") {
                result.stepMs.insert(step, event.value(u"ms").toInteger());
                result.stepEndWallMs.insert(step, wallMs(event));
            } else {
                result.stepStartWallMs.insert(step, wallMs(event));
            }
        } else if (kind == u"log") {
            result.logText << event.value(u"text").toString();
            result.logWallMs << wallMs(event);
        } else if (kind == u"error") {
            failed = true;
            result.failure = event.value(u"message").toString();
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        while (process.canReadLine())
            onLine(process.readLine());
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        result.standardError += process.readAllStandardError();
    });

    result.startWallMs = QDateTime::currentMSecsSinceEpoch();
    clock.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        result.failure = QStringLiteral("cannot start %1: %2").arg(options.binary, process.errorString());
        return result;
    }
    runEventLoopUntil([&] { return poller || failed || process.state() == QProcess::NotRunning; },
                      options.readyTimeoutMs);
    if (poller)
        runEventLoopUntil([&] { return poller->isDone(); }, options.pollTimeoutMs + 2000);

    if (!poller) {
        if (result.failure.isEmpty())
            result.failure = process.state() == QProcess::NotRunning
                ? QStringLiteral("spawnai exited with code %1 before it was ready").arg(process.exitCode())
                : QStringLiteral("no ready line within %1 ms").arg(options.readyTimeoutMs);
    } else if (!poller->succeeded()) {
        result.failure = QStringLiteral("no HTTP 200 from %1 (last status %2, %3)")
                             .arg(result.url.toString())
                             .arg(poller->lastStatus())
                             .arg(poller->lastError());
    } else {
        result.ok = true;
        result.firstOkMs = poller->okAtMs();
        result.attempts = poller->attempts();
    }

    result.stopMs = terminateAndWait(&process);
    process.waitForReadyRead(0);
    while (process.canReadLine())
        onLine(process.readLine());
    result.standardError += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    process.disconnect();
    return result;
}

QList<Phase> spawnPhases(const SpawnRun &run, const QString &listeningMarker)
{
    QList<Phase> phases;
    const qint64 queued = run.statusAt(QStringLiteral("queued"));
    const qint64 deploying = run.statusAt(QStringLiteral("deploying"));
    phases << Phase{QStringLiteral("startup"), QStringLiteral("startup (process start -> queued)"), queued};
    phases << Phase{QStringLiteral("boot"), QStringLiteral("sandbox boot (queued -> deploying)"), deploying - queued};
    for (const char *step : {"write-files", "install-npm", "install-pip", "build", "start", "wait-ready"}) {
        const QString name = QLatin1String(step);
        if (run.stepMs.contains(name))
            phases << Phase{name, QStringLiteral("step ") + name, run.stepMs.value(name)};
        if (name == u"wait-ready") {
            const qint64 listening = run.logAt(listeningMarker);
            const qint64 started = run.stepStartAt(QStringLiteral("start"));
            if (listening >= 0 && started >= 0) {
                phases << Phase{QStringLiteral("(app listening after start)"),
                                QStringLiteral("  (the app said it listens, after start)"), listening - started, false};
                // The app's line reaches us through the agent, so it is a late
                // bound on when it listened: this is the least the probe waited.
                phases << Phase{QStringLiteral("(probe after that)"),
                                QStringLiteral("  (the probe saw it this much later)"),
                                run.stepEndAt(QStringLiteral("wait-ready")) - listening, false};
            }
        }
    }
    phases << Phase{QStringLiteral("ready->line"), QStringLiteral("ready status -> ready line read"), run.readyLineMs - run.statusAt(QStringLiteral("ready"))};
    phases << Phase{QStringLiteral("GET"), QStringLiteral("ready line -> first 200 (client)"), run.firstOkMs - run.readyLineMs};
    qint64 accounted = 0;
    for (const Phase &phase : std::as_const(phases)) {
        if (phase.additive)
            accounted += phase.ms;
    }
    phases << Phase{QStringLiteral("other"), QStringLiteral("other (between steps)"), run.firstOkMs - accounted};
    return phases;
}

QString phasesInline(const QList<Phase> &phases)
{
    QStringList parts;
    for (const Phase &phase : phases)
        parts << phase.key + u' ' + QString::number(phase.ms);
    return parts.join(QStringLiteral(", "));
}

void PhaseTable::add(const QList<Phase> &phases)
{
    for (const Phase &phase : phases) {
        if (!m_order.contains(phase.name))
            m_order << phase.name;
        m_values[phase.name] << double(phase.ms);
        m_additive[phase.name] = phase.additive;
    }
}

void PhaseTable::print(const QString &prefix) const
{
    for (const QString &name : m_order)
        say(prefix + name.leftJustified(40) + u' ' + describe(summarize(m_values.value(name))));
}

// ---- /proc -----------------------------------------------------------------

namespace {
QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 keyedKb(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(key + ':'))) {
            const QList<QByteArray> parts = line.mid(key.size() + 1).simplified().split(' ');
            return parts.value(0).toLongLong();
        }
    }
    return -1;
}
} // namespace

qint64 statusFieldKb(qint64 pid, const char *field)
{
    return keyedKb(readProcFile(pid, "status"), QByteArray(field));
}

qint64 pssKb(qint64 pid)
{
    return keyedKb(readProcFile(pid, "smaps_rollup"), QByteArrayLiteral("Pss"));
}

qint64 cpuTicks(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    // The name (field 2) may hold spaces: count from the closing parenthesis.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong();
}

qint64 cpuNs(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (threads.isEmpty())
        return -1;
    qint64 total = 0;
    for (const QString &thread : threads) {
        QFile file(tasks.filePath(thread) + u"/schedstat");
        if (file.open(QIODevice::ReadOnly))
            total += file.readAll().split(' ').value(0).toLongLong();
    }
    return total;
}

double ticksPerSecond()
{
    return double(::sysconf(_SC_CLK_TCK));
}

MachineCpu machineCpu()
{
    QFile file(QStringLiteral("/proc/stat"));
    MachineCpu cpu;
    if (!file.open(QIODevice::ReadOnly))
        return cpu;
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const qint64 value = fields.at(i).toLongLong();
        cpu.total += value;
        if (i != 4 && i != 5)
            cpu.busy += value;
    }
    return cpu;
}

QString processName(qint64 pid)
{
    return QString::fromUtf8(readProcFile(pid, "comm").trimmed());
}

qint64 parentPid(qint64 pid)
{
    return keyedKb(readProcFile(pid, "status"), QByteArrayLiteral("PPid"));
}

QList<qint64> descendants(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const qint64 parent = parentPid(child);
        if (parent > 0)
            children.insert(parent, child);
    }
    QList<qint64> found;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 next = queue.takeFirst();
        const QList<qint64> direct = children.values(next);
        found += direct;
        queue += direct;
    }
    std::sort(found.begin(), found.end());
    return found;
}

QProcessEnvironment guiBenchEnvironment(const QString &userDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPAWNAI_STARTUP_PROBE"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (::geteuid() == 0)
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), userDir + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), userDir + QStringLiteral("/cache"));
    return environment;
}

} // namespace Bench
