// SPDX-License-Identifier: MIT
// bench_e2b_orchestration: what the E2B client itself costs a session
// (create request -> ready, minus the server's create and the commands),
// alone and 20 at once, and the longest stall of the app's event loop
// while they deploy (target under 10 ms). The app side runs here, wired as
// app/appcontext.cpp wires it; the "cloud" is fake-e2b-server in its own
// process, so its sandbox boots never share this event loop. How each
// figure is taken: docs/benchmarks.md, "E2B orchestration".

#include "benchsupport.h"
#include "stallprobe.h"

#include "common/paths.h"
#include "deploy/templatelibrary.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/sandbox.h"
#include "session/plan.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

using namespace Bench;

namespace {

const QByteArray ApiKey = "e2b_be4c0000000000000000000000000000";  // hex, as E2bApiKey wants

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Request
{
    QString route;
    QString sandboxId;
    QJsonObject body;  // parsed for the create's metadata
    qint64 receivedNs = 0;
    qint64 answeredNs = 0;
    int status = 0;
};

// The server in its own process; observed over /_fake/.
class FakeCloud
{
public:
    bool start(QString *failure)
    {
        m_process.setProgram(QStringLiteral(FAKE_E2B_SERVER_BINARY));
        // The pro plan: sandboxes may live 24 h.
        m_process.setArguments({QStringLiteral("--api-key"), QString::fromLatin1(ApiKey), QStringLiteral("--max-lifetime"),
                                QStringLiteral("86400")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false\n*.debug=false"));
        m_process.setProcessEnvironment(environment);
        m_process.start();
        if (!runEventLoopUntil([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                               20000)) {
            *failure = QStringLiteral("fake-e2b-server did not start");
            return false;
        }
        m_port = quint16(m_process.readLine().trimmed().toUInt());
        m_network.setProxy(QNetworkProxy::NoProxy);
        return m_port != 0;
    }
    ~FakeCloud() { terminateAndWait(&m_process, 10000); }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = {}) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    qint64 pid() const { return m_process.processId(); }

    QByteArray get(const QString &path)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url(path)));
        runEventLoopUntil([reply] { return reply->isFinished(); }, 20000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }
    int liveCount() { return QJsonDocument::fromJson(get(QStringLiteral("/_fake/state"))).object().value(u"live").toArray().size(); }
    QList<Request> requests()
    {
        QList<Request> found;
        for (const QJsonValue &value : QJsonDocument::fromJson(get(QStringLiteral("/_fake/requests"))).array()) {
            const QJsonObject object = value.toObject();
            Request request;
            request.route = object.value(u"route").toString();
            request.sandboxId = object.value(u"sandboxId").toString();
            if (request.route == u"api POST /sandboxes")
                request.body = QJsonDocument::fromJson(QByteArray::fromBase64(object.value(u"body").toString().toLatin1())).object();
            request.receivedNs = object.value(u"receivedNs").toInteger();
            request.answeredNs = object.value(u"answeredNs").toInteger();
            request.status = object.value(u"status").toInt();
            found << request;
        }
        return found;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

struct Session
{
    QString id;
    QString sandboxId;
    QPointer<SessionRunner> runner;
    qint64 spawnNs = 0;
    qint64 readyNs = 0;
    qint64 listeningNs = 0;  // the app's "Serving HTTP" line reached this process
    QString failure;
};

struct Breakdown
{
    bool ok = false;
    double queued = 0;  // spawn() -> create request received
    double total = 0;
    double create = 0;
    double uploads = 0;
    double commands = 0;
    double orchestration = 0;
    double probeWait = 0;
    int probes = 0;
};

Breakdown analyse(const Session &session, const QList<Request> &requests)
{
    Breakdown breakdown;
    const Request *create = nullptr;
    for (const Request &request : requests) {
        if (request.route == u"api POST /sandboxes"
            && request.body.value(u"metadata").toObject().value(u"sessionId").toString() == session.id)
            create = &request;
    }
    if (!create || create->answeredNs == 0 || session.readyNs == 0)
        return breakdown;
    qint64 commandsNs = 0;
    qint64 uploadsNs = 0;
    qint64 appStartNs = 0;
    qint64 lastRefusedNs = 0;
    qint64 firstOkNs = 0;
    for (const Request &request : requests) {
        if (request.sandboxId != session.sandboxId || request.receivedNs > session.readyNs)
            continue;
        if (request.route == u"envd POST /process.Process/Start") {
            if (request.answeredNs > 0 && request.answeredNs <= session.readyNs)
                commandsNs += request.answeredNs - request.receivedNs;
            else
                appStartNs = request.receivedNs;  // the app, still running
        } else if (request.route == u"envd POST /files") {
            uploadsNs += request.answeredNs - request.receivedNs;
        } else if (request.route.startsWith(u"port ")) {
            ++breakdown.probes;
            if (request.status == 502)
                lastRefusedNs = std::max(lastRefusedNs, request.answeredNs);
            else if (firstOkNs == 0)
                firstOkNs = request.receivedNs;
        }
    }
    if (appStartNs == 0 || firstOkNs == 0)
        return breakdown;
    // The app's start ends when it says it listens (python's http.server,
    // unbuffered); without that line, at the last refused probe (a lower bound).
    const qint64 listenedNs = session.listeningNs > appStartNs ? session.listeningNs : lastRefusedNs;
    const qint64 appBootNs = listenedNs > appStartNs ? listenedNs - appStartNs : 0;
    breakdown.ok = true;
    breakdown.queued = ms(create->receivedNs - session.spawnNs);
    breakdown.total = ms(session.readyNs - create->receivedNs);
    breakdown.create = ms(create->answeredNs - create->receivedNs);
    breakdown.uploads = ms(uploadsNs);
    breakdown.commands = ms(commandsNs + appBootNs);
    breakdown.orchestration = breakdown.total - breakdown.create - breakdown.commands;
    breakdown.probeWait = listenedNs > 0 ? ms(session.readyNs - listenedNs) : 0;
    return breakdown;
}

struct Core
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<SqlSandboxLedger> ledger;
    std::unique_ptr<SessionManager> manager;
    std::unique_ptr<CloudSandboxes> cloud;
};

struct RoundResult
{
    QString failure;
    QList<Breakdown> sessions;
    double maxStallMs = 0;
    double maxOwnStallMs = 0;  // without the time spent waiting for a CPU
    double maxOwnStallCpuMs = 0;
    int stallsOver10 = 0;
    int ownStallsOver10 = 0;
    double allReadyMs = 0;  // first spawn() -> last ready
    double spawnCallsMs = 0;  // the synchronous spawn() calls
    int maxOverlap = 0;     // sessions between create and ready at the same time
};

RoundResult runRound(Core &core, FakeCloud &cloud, const AppBundle &bundle, int count)
{
    RoundResult result;
    QList<Session> sessions(count);
    QObject context;
    StallProbe stall;
    const qint64 t0 = nowNs();
    for (int i = 0; i < count; ++i) {
        SpawnRequest request;
        request.bundle = bundle;
        request.prompt = QStringLiteral("Template: static-site");
        request.templateName = QStringLiteral("static-site");
        request.sourceSummary = QStringLiteral("template static-site");
        request.sandboxKind = SandboxKind::E2b;
        SpawnError error;
        Session &session = sessions[i];
        session.spawnNs = nowNs();
        session.id = core.manager->spawn(request, &error);
        if (session.id.isEmpty()) {
            result.failure = QStringLiteral("spawn refused: %1").arg(error.message);
            return result;
        }
        session.runner = core.manager->runner(session.id);
        QObject::connect(session.runner, &SessionRunner::logOutput, &context, [&sessions, i](const QByteArray &data) {
            if (sessions[i].listeningNs == 0 && data.contains("Serving HTTP"))
                sessions[i].listeningNs = nowNs();
        });
        QObject::connect(session.runner, &SessionRunner::ready, &context, [&sessions, i] {
            Session &ready = sessions[i];
            ready.readyNs = nowNs();
            if (ready.runner && ready.runner->sandbox())
                ready.sandboxId = ready.runner->sandbox()->id();
        });
        QObject::connect(session.runner, &SessionRunner::ended, &context, [&sessions, &core, i](SessionStatus status) {
            if (sessions[i].readyNs == 0) {
                const auto stored = core.store->session(sessions[i].id);
                sessions[i].failure = sessionStatusToString(status) + QStringLiteral(": ") + (stored ? stored->error.message : QString());
            }
        });
    }
    // The spawn() calls run in one go (one turn of the event loop); the
    // probe measures what comes after, while the sessions deploy.
    result.spawnCallsMs = ms(nowNs() - t0);
    stall.start();
    const bool allDone = runEventLoopUntil(
        [&sessions] {
            for (const Session &session : sessions) {
                if (session.readyNs == 0 && session.failure.isEmpty())
                    return false;
            }
            return true;
        },
        120000, 1);
    stall.stop();
    result.maxStallMs = stall.maxGapMs();
    result.maxOwnStallMs = stall.maxOwnGapMs();
    result.maxOwnStallCpuMs = stall.maxOwnGapCpuMs();
    result.stallsOver10 = stall.gapsOver10Ms();
    result.ownStallsOver10 = stall.ownGapsOver10Ms();
    for (const Session &session : sessions) {
        if (!session.failure.isEmpty() || session.readyNs == 0) {
            result.failure = QStringLiteral("session %1: %2").arg(session.id, allDone ? session.failure : QStringLiteral("not ready in 120 s"));
            break;
        }
        result.allReadyMs = std::max(result.allReadyMs, ms(session.readyNs - t0));
    }
    if (result.failure.isEmpty()) {
        const QList<Request> requests = cloud.requests();
        QList<std::pair<qint64, int>> edges;
        for (const Session &session : sessions) {
            const Breakdown breakdown = analyse(session, requests);
            if (!breakdown.ok) {
                result.failure = QStringLiteral("session %1: the server's log does not show its deployment").arg(session.id);
                break;
            }
            result.sessions << breakdown;
            const qint64 createNs = session.readyNs - qint64(breakdown.total * 1e6);
            edges << std::pair{createNs, 1} << std::pair{session.readyNs, -1};
        }
        std::sort(edges.begin(), edges.end());
        int running = 0;
        for (const auto &[at, delta] : std::as_const(edges))
            result.maxOverlap = std::max(result.maxOverlap, running += delta);
    }
    // Stop them all and wait until the cloud has nothing left.
    core.manager->stopAll(QStringLiteral("benchmark round over"));
    runEventLoopUntil([&cloud] { return cloud.liveCount() == 0; }, 30000, 50);
    return result;
}

Summary summaryOf(const QList<Breakdown> &sessions, double Breakdown::*field)
{
    QList<double> values;
    for (const Breakdown &breakdown : sessions)
        values << breakdown.*field;
    return summarize(values);
}

void printBreakdown(const QString &title, const QList<Breakdown> &sessions)
{
    say(title);
    const QList<std::pair<QString, double Breakdown::*>> rows{
        {QStringLiteral("total"), &Breakdown::total},
        {QStringLiteral("create (server)"), &Breakdown::create},
        {QStringLiteral("commands"), &Breakdown::commands},
        {QStringLiteral("uploads (server)"), &Breakdown::uploads},
        {QStringLiteral("orchestration"), &Breakdown::orchestration},
        {QStringLiteral("  of it probe wait"), &Breakdown::probeWait},
        {QStringLiteral("queued before create"), &Breakdown::queued}};
    for (const auto &[label, field] : rows)
        say(QStringLiteral("   %1 %2").arg(label, -20).arg(describe(summaryOf(sessions, field), QStringLiteral("ms"), 1)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.info=false\nspawnai.*.debug=false"));
    const int reps = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt()
                              : (qEnvironmentVariableIsSet("BENCH_REPS") ? qEnvironmentVariableIntValue("BENCH_REPS") : 5);
    const int count = planLimits(Plan::Hobby).maxConcurrentSessions;
    say(QStringLiteral("bench_e2b_orchestration: %1").arg(machineLine()));
    const auto fail = [](const QString &why) {
        say(QStringLiteral("bench_e2b_orchestration: ") + why);
        return 1;
    };

    QTemporaryDir work;
    Paths::setDataDirOverride(work.filePath(QStringLiteral("data")));
    FakeCloud cloud;
    QString failure;
    if (!cloud.start(&failure))
        return fail(failure);
    // As the app: the system's proxies, where the port URLs
    // ({port}-{id}.localhost) reach the server as their HTTP proxy.
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(cloud.port()).toLatin1());
    qunsetenv("no_proxy");
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    Core core;
    core.database = std::make_unique<Database>();
    if (const SpawnError error = core.database->open(); error.isError())
        return fail(error.message);
    core.store = std::make_unique<SessionStore>(*core.database);
    core.ledger = std::make_unique<SqlSandboxLedger>(*core.database);
    core.manager = std::make_unique<SessionManager>(core.store.get());
    core.manager->setPlan(Plan::Pro);
    core.cloud = std::make_unique<CloudSandboxes>(core.ledger.get(), core.manager.get(), core.store.get());
    E2bConfig config;
    config.apiKey = QString::fromLatin1(ApiKey);
    config.apiUrl = cloud.url();
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:%1").arg(cloud.port()));
    config.installId = QStringLiteral("0123456789abcdef0123456789abcdef");
    config.plan = Plan::Pro;
    core.cloud->enableE2b(config);

    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary().load(QStringLiteral("static-site"), &error);
    if (!bundle)
        return fail(error.message);

    // A warm-up session, unmeasured (first connections, first sandbox).
    if (const RoundResult warm = runRound(core, cloud, *bundle, 1); !warm.failure.isEmpty())
        return fail(QStringLiteral("warm-up failed: ") + warm.failure);
    QList<Breakdown> alone;
    QList<double> aloneStalls;
    QList<double> aloneOwnStalls;
    for (int i = 0; i < reps; ++i) {
        const RoundResult round = runRound(core, cloud, *bundle, 1);
        if (!round.failure.isEmpty())
            return fail(round.failure);
        const Breakdown &b = round.sessions.constFirst();
        say(QStringLiteral("alone %1: total %2 ms = create %3 + commands %4 + orchestration %5 (probe wait %6, %7 probes); "
                           "uploads %8 ms; max stall %9 ms (%10 ms without CPU waits)")
                .arg(i + 1)
                .arg(number(b.total, 1), number(b.create, 1), number(b.commands, 1), number(b.orchestration, 1),
                     number(b.probeWait, 1))
                .arg(b.probes)
                .arg(number(b.uploads, 1), number(round.maxStallMs, 1), number(round.maxOwnStallMs, 1)));
        alone << b;
        aloneStalls << round.maxStallMs;
        aloneOwnStalls << round.maxOwnStallMs;
    }
    const RoundResult batch = runRound(core, cloud, *bundle, count);
    if (!batch.failure.isEmpty())
        return fail(QStringLiteral("batch failed: ") + batch.failure);
    printBreakdown(QStringLiteral("one session alone (n=%1):").arg(alone.size()), alone);
    printBreakdown(QStringLiteral("%1 sessions at once (pro plan; at most %2 between create and ready at the same time; "
                                  "all ready %3 ms after the first spawn(); the %1 spawn() calls took %4 ms):")
                       .arg(count)
                       .arg(batch.maxOverlap)
                       .arg(number(batch.allReadyMs), number(batch.spawnCallsMs, 1)),
                   batch.sessions);
    say(QStringLiteral("RESULT orchestration per session, alone:        median %1 ms")
            .arg(number(summaryOf(alone, &Breakdown::orchestration).median, 1)));
    say(QStringLiteral("RESULT orchestration per session, %1 at once:   median %2 ms")
            .arg(count)
            .arg(number(summaryOf(batch.sessions, &Breakdown::orchestration).median, 1)));
    say(QStringLiteral("RESULT longest event-loop stall, alone:         %1; without CPU waits %2")
            .arg(describe(summarize(aloneStalls), QStringLiteral("ms"), 1),
                 describe(summarize(aloneOwnStalls), QStringLiteral("ms"), 1)));
    say(QStringLiteral("RESULT longest event-loop stall, %1 deploying:  %2 ms (%3 gaps over 10 ms); without CPU waits "
                       "%4 ms, %6 ms of it on the CPU (%5 over 10 ms)")
            .arg(count)
            .arg(number(batch.maxStallMs, 1))
            .arg(batch.stallsOver10)
            .arg(number(batch.maxOwnStallMs, 1))
            .arg(batch.ownStallsOver10)
            .arg(number(batch.maxOwnStallCpuMs, 1)));
    say(QStringLiteral("RATIO stall without CPU waits %1 / 10 ms = %2: target %3 (raw gap %4 ms, load average %5)")
            .arg(number(batch.maxOwnStallMs, 1), number(batch.maxOwnStallMs / 10.0, 2),
                 batch.maxOwnStallMs < 10.0 ? QStringLiteral("met") : QStringLiteral("missed"),
                 number(batch.maxStallMs, 1), machineLine().section(QStringLiteral("load average "), 1)));
    return 0;
}
