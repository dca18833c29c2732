// SPDX-License-Identifier: MIT
//
// bench_events: issue 12's WebSocket rooms target, "100 WebSocket clients
// subscribed to `*` while 20 local sessions deploy: every client receives
// every event, in order; event written -> received p95 <= 50 ms within the
// host, <= 300 ms from another process" (docs/benchmarks.md, The local API).
//
//   * The host: ApiHost in this process (as bench_api), on a SessionManager
//     with the local sandbox, so StallProbe sees its event loop; the clients:
//     QWebSockets in a child process of this same program, each recording
//     every message's text and its arrival (wall clock, ms).
//   * First, the default cap: 65 clients against a host started without
//     SPAWNAI_API_WS_MAX_CLIENTS; 64 must be served, one closed.
//   * Then the host again with SPAWNAI_API_WS_MAX_CLIENTS=CLIENTS (a
//     test-only knob, docs/api.md) and CLIENTS clients on `*`:
//       1. within the host: 20 static-site sessions spawned through the
//          manager, one per turn of the host's loop (as 20 API requests
//          would come), deployed to ready together, then stopped;
//       2. from another process: store_changewriter (its own SessionStore
//          on the same file, as `spawnai spawn` is) writes 20 sessions x 11
//          changes, one every 37 ms.
//   * At the end every client's messages are checked against the store's
//     session_changes (every id, in id order, each with the store's session
//     and seq; per session seq contiguous), and the latency from each
//     change's `time` to its arrival is taken over every client and event.
//
// Usage: bench_events [CLIENTS]   (default 100)
//        BENCH_STAGGER_MS: a pause between the 20 spawns (default 0: one per
//        turn of the loop); BENCH_BURST=1: all 20 in one turn;
//        BENCH_STOP_ALL=1: stopped with stopAll() (quitting) instead of one
//        stop() per turn

#include "api/apihost.h"
#include "benchsupport.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "deploy/templatelibrary.h"
#include "eventfollowers.h"
#include "sandbox/local/localsandboxprovider.h"
#include "session/plan.h"
#include "stallprobe.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <memory>
#include <numeric>

using namespace Bench;

namespace {
constexpr int DefaultClients = 100;
constexpr int Sessions = 20;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

QString spread(const QList<double> &values)
{
    return u"p50 " + number(percentile(values, 0.5)) + u" ms, p95 " + number(percentile(values, 0.95))
           + u" ms, max " + number(percentile(values, 1.0)) + u" ms (n=" + QString::number(values.size()) + u')';
}

// The clients' process, driven by lines on its stdin (EventFollowers).
class Followers
{
public:
    bool start(const QUrl &url, const QByteArray &token, int clients, qint64 after)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--clients"), url.toString(), QString::fromLatin1(token),
                         QString::number(clients), QString::number(after)});
        return m_process.waitForStarted(10000);
    }
    // The next line of the child, empty if none came in time.
    QByteArray line(int timeoutMs)
    {
        runEventLoopUntil([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                          timeoutMs);
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }
    QByteArray ask(const QByteArray &command, int timeoutMs)
    {
        m_process.write(command + '\n');
        return line(timeoutMs);
    }
    qint64 pid() const { return m_process.processId(); }
    void finish()
    {
        m_process.closeWriteChannel();
        runEventLoopUntil([this] { return m_process.state() == QProcess::NotRunning; }, 10000);
        if (m_process.state() != QProcess::NotRunning)
            terminateAndWait(&m_process, 2000);
    }

private:
    QProcess m_process;
};

struct Expected
{
    QString session;
    qint64 seq = 0;
};

// Which changes a latency belongs to.
enum Group
{
    HostDeploy,  // the host's sessions until they were all ready
    HostStop,    // the host's sessions being stopped
    OtherProcess,
    Groups
};

struct Verdict
{
    int complete = 0;  // clients with every event, in order, as stored
    QStringList problems;
    std::array<QList<double>, Groups> ms;      // every client x event
    std::array<QList<double>, Groups> lastMs;  // per event: the last client to get it
};

// Checks the clients' messages (EventFollowers' dump) against the store.
Verdict verify(const QString &dumpPath, const QList<std::pair<qint64, Expected>> &expected,
               const QSet<QString> &hostSessions, qint64 stopFrom, int clients)
{
    Verdict verdict;
    std::array<QHash<qint64, double>, Groups> last;
    QList<QList<std::pair<qint64, QJsonObject>>> received(clients);
    QFile dump(dumpPath);
    if (!dump.open(QIODevice::ReadOnly)) {
        verdict.problems << QStringLiteral("no dump from the clients");
        return verdict;
    }
    while (!dump.atEnd()) {
        const QList<QByteArray> fields = dump.readLine().trimmed().split('\t');
        const int client = fields.value(0).toInt();
        if (fields.size() != 3 || client < 0 || client >= clients)
            continue;
        const QJsonObject message = QJsonDocument::fromJson(fields.at(2)).object();
        if (message.value(u"type").toString().startsWith(u"session."))
            received[client].append({fields.at(1).toLongLong(), message});
    }
    for (int c = 0; c < clients; ++c) {
        const auto &messages = received.at(c);
        QString problem;
        if (messages.size() != expected.size())
            problem = QStringLiteral("%1 of %2 events").arg(messages.size()).arg(expected.size());
        QHash<QString, qint64> lastSeq;
        for (qsizetype i = 0; i < messages.size() && problem.isEmpty(); ++i) {
            const QJsonObject &m = messages.at(i).second;
            const qint64 id = m.value(u"id").toInteger();
            const QString session = m.value(u"session").toString();
            const qint64 seq = m.value(u"seq").toInteger();
            const auto &[wantId, want] = expected.at(i);
            if (id != wantId || session != want.session || seq != want.seq)
                problem = QStringLiteral("event %1 is id %2 (%3 seq %4), the store has id %5 (%6 seq %7)")
                              .arg(i).arg(id).arg(session.left(8)).arg(seq).arg(wantId).arg(want.session.left(8)).arg(want.seq);
            else if (lastSeq.value(session, seq - 1) != seq - 1)
                problem = QStringLiteral("session %1: seq %2 after %3").arg(session.left(8)).arg(seq).arg(lastSeq.value(session));
            lastSeq.insert(session, seq);
            const qint64 writtenMs = QDateTime::fromString(m.value(u"time").toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
            const double latency = double(messages.at(i).first - writtenMs);
            const Group group = !hostSessions.contains(session) ? OtherProcess : id > stopFrom ? HostStop : HostDeploy;
            verdict.ms[group] << latency;
            last[group].insert(id, std::max(last[group].value(id, latency), latency));
        }
        if (problem.isEmpty())
            ++verdict.complete;
        else if (verdict.problems.size() < 5)
            verdict.problems << QStringLiteral("client %1: %2").arg(c).arg(problem);
    }
    for (int g = 0; g < Groups; ++g)
        verdict.lastMs[g] = last[g].values();
    return verdict;
}

// Every change after `after`, oldest first, as the store has it.
QList<std::pair<qint64, Expected>> storedChanges(ChangeFeed *feed, qint64 after)
{
    QList<std::pair<qint64, Expected>> out;
    for (;;) {
        ChangeQuery query;
        query.afterId = after;
        const ChangePage page = feed->changes(query);
        for (const SessionChange &change : page.changes) {
            out.append({change.id, {change.sessionId, change.seq}});
            after = change.id;
        }
        if (!page.more || page.changes.isEmpty())
            return out;
    }
}

bool startHost(ApiHost &host)
{
    ApiHost::Options options;
    options.addresses = {QHostAddress(QHostAddress::LocalHost)};
    PendingOperation *starting = host.start(options);
    return runEventLoopUntil([starting] { return starting->isFinished(); }, 10000) && starting->succeeded();
}

// Phase 1: `Sessions` static-site sessions through the manager, to ready, then stopped.
QString deployInHost(SessionManager &manager, const AppBundle &bundle, QSet<QString> *ids, qint64 *readyMs,
                     QList<double> *spawnMs, qint64 *stopFrom)
{
    const int staggerMs = qEnvironmentVariableIntValue("BENCH_STAGGER_MS");
    const bool burst = qEnvironmentVariableIntValue("BENCH_BURST") == 1;
    int ready = 0;
    bool stopping = false;
    QString failure;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Sessions; ++i) {
        SpawnRequest request;
        request.bundle = bundle;
        request.prompt = QStringLiteral("Template: static-site");
        request.templateName = QStringLiteral("static-site");
        request.sourceSummary = QStringLiteral("template static-site");
        SpawnError error;
        QElapsedTimer call;
        call.start();
        const QString id = manager.spawn(request, &error);
        spawnMs->append(double(call.nsecsElapsed()) / 1e6);
        if (id.isEmpty())
            return QStringLiteral("spawn %1 refused: %2").arg(i + 1).arg(error.message);
        ids->insert(id);
        SessionRunner *runner = manager.runner(id);
        QObject::connect(runner, &SessionRunner::ready, &context, [&ready] { ++ready; });
        QObject::connect(runner, &SessionRunner::ended, &context, [&failure, &stopping, id](SessionStatus status) {
            if (failure.isEmpty() && !stopping)
                failure = QStringLiteral("session %1 ended as %2").arg(id, sessionStatusToString(status));
        });
        // One spawn per turn of the host's loop, as 20 API requests would
        // come; BENCH_BURST=1 makes them one turn (a loop of 20 calls).
        if (!burst)
            runEventLoopFor(staggerMs);
    }
    runEventLoopUntil([&] { return ready == Sessions || !failure.isEmpty(); }, 120000);
    *readyMs = clock.elapsed();
    if (ready < Sessions)
        return failure.isEmpty() ? QStringLiteral("%1 of %2 ready after 120 s").arg(ready).arg(Sessions) : failure;
    // Ready sessions write a little more (the sandbox's cost reading).
    runEventLoopFor(1000);
    stopping = true;
    *stopFrom = manager.store()->feed()->position();
    // One stop per turn as well; BENCH_STOP_ALL=1 stops them as quitting
    // does (stopAll(), one turn).
    if (qEnvironmentVariableIntValue("BENCH_STOP_ALL") == 1) {
        manager.stopAll(QStringLiteral("benchmark done"));
    } else {
        for (const QString &id : std::as_const(*ids)) {
            manager.stop(id, QStringLiteral("benchmark done"));
            runEventLoopFor(0);
        }
    }
    if (!runEventLoopUntil([&manager] { return manager.activeCount() == 0; }, 30000))
        return QStringLiteral("the sessions did not stop within 30 s");
    return {};
}

// Phase 2: store_changewriter's sessions; their ids into `ids`.
QString writeFromAnotherProcess(const QString &dataDir, QSet<QString> *ids)
{
    QProcess writer;
    writer.start(QStringLiteral(STORE_CHANGEWRITER), {dataDir, QString::number(Sessions), QStringLiteral("4"),
                                                      QStringLiteral("--interval"), QStringLiteral("37")});
    runEventLoopUntil([&writer] { return writer.state() == QProcess::NotRunning; }, 120000);
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            ids->insert(QString::fromLatin1(line.trimmed()));
    }
    if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
        return QStringLiteral("store_changewriter failed (exit %1)").arg(writer.exitCode());
    return {};
}

QString stallLine(const StallProbe &probe)
{
    return QStringLiteral("longest stall %1 ms (%2 ms of it this process's own, %3 ms of that on the CPU), %4 stalls "
                          "over 10 ms (%5 of its own)")
        .arg(number(probe.maxGapMs(), 1), number(probe.maxOwnGapMs(), 1), number(probe.maxOwnGapCpuMs(), 1))
        .arg(probe.gapsOver10Ms())
        .arg(probe.ownGapsOver10Ms());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--clients")
        return EventFollowers::run(args);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.info=false\nspawnai.*.debug=false"));
    const int clients = args.size() > 1 ? args.at(1).toInt() : DefaultClients;
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty()) {
        say(u"bench_events: local sandboxes cannot run here: " + missing);
        return 1;
    }
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    qunsetenv("SPAWNAI_API_WS_MAX_CLIENTS");
    Database database;
    if (database.open().isError())
        return 1;
    SessionStore store(database);
    LocalSandboxProvider provider;
    SessionManager manager(&store);
    manager.addProvider(&provider);
    manager.setPlan(Plan::Hobby);
    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary().load(QStringLiteral("static-site"), &error);
    if (!bundle) {
        say(u"bench_events: " + error.message);
        return 1;
    }
    InfoRoutes::Sources sources;
    sources.manager = &manager;
    ApiHost host(dir.path(), sources, nullptr);
    QFile tokenFile(dir.filePath(QStringLiteral("api-token")));

    say(QStringLiteral("bench_events: %1 WebSocket clients on `*` (a child process) against ApiHost in this process; "
                       "%2 static-site sessions deploy in the host, then %2 sessions x 11 changes from another process")
            .arg(clients)
            .arg(Sessions));
    say(machineLine());

    // The default cap, first: a host without the knob serves 64.
    if (!startHost(host) || !tokenFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray token = tokenFile.readAll().trimmed();
    {
        Followers probeCap;
        probeCap.start(host.url(), token, 65, -1);
        const QByteArray ready = probeCap.ask("quit", 30000);
        say(u"default cap (no SPAWNAI_API_WS_MAX_CLIENTS), 65 clients: " + QString::fromLatin1(ready)
            + u" (want: subscribed 64 closed 1)");
        probeCap.finish();
    }
    host.stop();

    // What the hub's fan-out takes per change: listeners before and after
    // it on the feed (slots run in the order they were connected).
    QObject fanOut;
    QElapsedTimer fanOutClock;
    QList<double> fanOutUs;
    QObject::connect(store.feed(), &ChangeFeed::changed, &fanOut, [&fanOutClock] { fanOutClock.start(); });
    qputenv("SPAWNAI_API_WS_MAX_CLIENTS", QByteArray::number(clients));
    if (!startHost(host))
        return 1;
    QObject::connect(store.feed(), &ChangeFeed::changed, &fanOut,
                     [&fanOutClock, &fanOutUs] { fanOutUs << double(fanOutClock.nsecsElapsed()) / 1000.0; });
    const qint64 base = std::max<qint64>(0, store.feed()->position());
    Followers followers;
    followers.start(host.url(), token, clients, base);
    const QByteArray ready = followers.line(60000);
    say(QStringLiteral("SPAWNAI_API_WS_MAX_CLIENTS=%1: %2").arg(clients).arg(QString::fromLatin1(ready)));
    if (ready != "subscribed " + QByteArray::number(clients) + " closed 0")
        return 2;

    StallProbe probe;
    QSet<QString> hostSessions;
    qint64 readyMs = 0;
    const qint64 self = QCoreApplication::applicationPid();
    const qint64 hostCpuBefore = cpuNs(self);
    const qint64 clientsCpuBefore = cpuNs(followers.pid());
    QElapsedTimer phaseClock;
    phaseClock.start();
    probe.start();
    QList<double> spawnMs;
    qint64 stopFrom = 0;
    QString failure = deployInHost(manager, *bundle, &hostSessions, &readyMs, &spawnMs, &stopFrom);
    const qint64 hostEnd = store.feed()->position();
    const QByteArray hostReached = followers.ask("until " + QByteArray::number(hostEnd), 90000);
    probe.stop();
    say(QStringLiteral("1. within the host: %1 sessions spawned %2, all ready in %3 ms, then stopped; changes %4 "
                       "to %5; clients: %6")
            .arg(Sessions)
            .arg(qEnvironmentVariableIntValue("BENCH_BURST") == 1 ? QStringLiteral("in one turn of the loop")
                                                                  : QStringLiteral("one per turn of the loop"))
            .arg(readyMs).arg(base + 1).arg(hostEnd).arg(QString::fromLatin1(hostReached)));
    say(QStringLiteral("   SessionManager::spawn() calls: median %1 ms, max %2 ms, %3 ms in all")
            .arg(number(percentile(spawnMs, 0.5), 1), number(percentile(spawnMs, 1.0), 1),
                 number(std::accumulate(spawnMs.cbegin(), spawnMs.cend(), 0.0))));
    const double phaseMs = double(phaseClock.elapsed());
    say(u"   host event loop: " + stallLine(probe));
    say(QStringLiteral("   CPU over the phase's %1 ms: the host's process %2 ms, the clients' process %3 ms; the hub's "
                       "fan-out per change to %4 clients: median %5 µs, p95 %6 µs")
            .arg(number(phaseMs), number(double(cpuNs(self) - hostCpuBefore) / 1e6),
                 number(double(cpuNs(followers.pid()) - clientsCpuBefore) / 1e6))
            .arg(clients)
            .arg(number(percentile(fanOutUs, 0.5)), number(percentile(fanOutUs, 0.95))));
    if (!failure.isEmpty()) {
        say(u"FAILED: " + failure);
        return 2;
    }

    QSet<QString> otherSessions;
    probe.start();
    failure = writeFromAnotherProcess(dir.path(), &otherSessions);
    runEventLoopFor(500);
    const qint64 otherEnd = store.feed()->position();
    const QByteArray otherReached = followers.ask("until " + QByteArray::number(otherEnd), 90000);
    probe.stop();
    say(QStringLiteral("2. from another process: changes %1 to %2; clients: %3")
            .arg(hostEnd + 1).arg(otherEnd).arg(QString::fromLatin1(otherReached)));
    say(u"   host event loop: " + stallLine(probe));
    if (!failure.isEmpty()) {
        say(u"FAILED: " + failure);
        return 2;
    }

    const QString dumpPath = dir.filePath(QStringLiteral("received.tsv"));
    followers.ask("dump " + dumpPath.toUtf8(), 60000);
    followers.finish();
    const QList<std::pair<qint64, Expected>> expected = storedChanges(store.feed(), base);
    const Verdict verdict = verify(dumpPath, expected, hostSessions, stopFrom, clients);
    say(QStringLiteral("RESULT every event, in order: %1 of %2 clients got all %3 changes of the store, in id order, "
                       "each session's seq contiguous")
            .arg(verdict.complete).arg(clients).arg(expected.size()));
    for (const QString &problem : verdict.problems)
        say(u"   " + problem);
    const QString names[Groups] = {QStringLiteral("within the host, while the 20 deploy"),
                                   QStringLiteral("within the host, while the 20 are stopped"),
                                   QStringLiteral("from another process")};
    for (int g = 0; g < Groups; ++g) {
        say(u"RESULT " + names[g] + u", written -> received (every client x event): " + spread(verdict.ms[g]));
        say(u"       per event, the last of the clients: " + spread(verdict.lastMs[g]));
    }
    const double deployP95 = percentile(verdict.ms[HostDeploy], 0.95);
    const double otherP95 = percentile(verdict.ms[OtherProcess], 0.95);
    const bool met = verdict.complete == clients && deployP95 <= 50 && otherP95 <= 300;
    say(QStringLiteral("RATIO all in order %1/%2; p95 within the host while they deploy %3 ms (target <= 50), "
                       "from another process %4 ms (target <= 300): %5")
            .arg(verdict.complete).arg(clients)
            .arg(number(deployP95), number(otherP95), met ? QStringLiteral("met") : QStringLiteral("NOT met")));
    host.stop();
    Paths::setDataDirOverride({});
    return met ? 0 : 3;
}
