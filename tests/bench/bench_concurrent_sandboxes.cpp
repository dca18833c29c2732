// SPDX-License-Identifier: MIT
//
// bench_concurrent_sandboxes: the hobby plan's 20 local sandboxes at once,
// inside this one process, wired as app/appcontext.cpp wires the core
// (Database, SessionStore, LocalSandboxProvider, SessionManager).
//
//   * time from the first spawn() until all 20 static-site sessions are
//     ready and each preview URL has answered HTTP 200; the baseline is one
//     static-site spawn on its own, in the same process (interleaved);
//   * while the 20 idle for ~10 s: this process's RSS (VmRSS) and CPU use
//     (utime+stime, as % of one core), the sandboxes' processes' total RSS
//     (sum of VmRSS of all descendants; PSS too, which counts shared pages
//     once) and per sandbox, their CPU use, and what their control groups
//     are charged; a bare `python3 -m http.server` for scale;
//   * then stopAll() and a check that no process, folder or control group
//     of the sandboxes is left.
//
// Usage: bench_concurrent_sandboxes [REPETITIONS]   (default 3; or BENCH_REPS)
//        BENCH_IDLE_MS sets the idle window (default 10000).

#include "benchsupport.h"

#include "common/paths.h"
#include "deploy/templatelibrary.h"
#include "sandbox/local/localsandboxprovider.h"
#include "sandbox/sandbox.h"
#include "session/plan.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace Bench;

namespace {

double mib(qint64 kb)
{
    return double(kb) / 1024.0;
}

// The memory control group a sandbox is charged to (cgroup v1 or v2), or "".
QString sandboxMemoryFile(const QString &sandboxId)
{
    QFile file(QStringLiteral("/proc/self/cgroup"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString root = QStringLiteral("/sys/fs/cgroup");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() != 3)
            continue;
        if (QString::fromLatin1(parts[1]).split(u',').contains(QStringLiteral("memory"))) {
            const QString path = root + u"/memory" + QString::fromUtf8(parts[2]) + u"/spawnai/" + sandboxId
                + u"/memory.usage_in_bytes";
            if (QFileInfo::exists(path))
                return path;
        }
    }
    const QString v2 = root + u"/spawnai/" + sandboxId + u"/memory.current";
    return QFileInfo::exists(v2) ? v2 : QString();
}

// Control group folders of a sandbox that still exist (v1: one per controller).
QStringList sandboxGroupDirs(const QString &sandboxId)
{
    QStringList found;
    const QString root = QStringLiteral("/sys/fs/cgroup");
    QFile file(QStringLiteral("/proc/self/cgroup"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split(':');
            if (parts.size() != 3 || parts[1].isEmpty())
                continue;
            for (const QString &controller : QString::fromLatin1(parts[1]).split(u',')) {
                const QString dir = root + u'/' + controller + QString::fromUtf8(parts[2]) + u"/spawnai/" + sandboxId;
                if (QFileInfo(dir).isDir() && !found.contains(dir))
                    found << dir;
            }
        }
    }
    const QString v2 = root + u"/spawnai/" + sandboxId;
    if (QFileInfo(v2).isDir())
        found << v2;
    return found;
}

struct Core
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<LocalSandboxProvider> provider;
    std::unique_ptr<SessionManager> manager;

    ~Core()
    {
        // As AppContext: runners stop before the providers and the store go.
        manager.reset();
        provider.reset();
        store.reset();
        database.reset();
    }
};

struct IdleFigures
{
    int windowMs = 0;
    qint64 selfRssKb = 0;
    qint64 selfHwmKb = 0;
    double selfCpuPercent = 0;
    int processes = 0;
    qint64 sandboxesRssKb = 0;
    qint64 sandboxesPssKb = 0;
    double sandboxesCpuPercent = 0;
    qint64 cgroupBytes = -1;  // sum of the sandboxes' memory groups
    QList<double> perSandboxRssKb;
    QMap<QString, std::pair<int, qint64>> byName;  // name -> (count, RSS kB)
};

struct BatchResult
{
    bool ok = false;
    QString failure;
    int sessions = 0;
    qint64 spawnCallsMs = 0;  // the synchronous part: n x SessionManager::spawn()
    qint64 allReadyMs = -1;
    qint64 allOkMs = -1;
    QList<double> readyMs;
    QList<double> okMs;
    QList<double> bootedMs;     // spawn() -> deploying: the sandbox is up
    // CPU time spent from the first spawn() to the last 200 (ms): by this
    // process, by the sandboxes' processes (by name), by the whole machine.
    qint64 rampSelfCpuMs = 0;
    QMap<QString, qint64> rampSandboxCpuMs;
    qint64 rampMachineBusyMs = 0;
    qint64 rampMachineTotalMs = 0;
    QList<double> waitReadyMs;  // the wait-ready step (the HEAD probe)
    std::optional<IdleFigures> idle;
    qint64 stopMs = -1;      // stopAll() until no descendant process is left
    qint64 cleanMs = -1;     // ... and no folder or control group either
    int leftProcesses = 0;
    int leftFolders = 0;
    int leftGroups = 0;
    int leftGroupsEmpty = 0;  // of those, groups with no task left in them
    QStringList leftGroupSample;
    int notStopped = 0;      // sessions whose stored status is not "stopped"
    qint64 selfRssAfterKb = 0;
    int selfFdsAfter = 0;  // open file descriptors of this process after the stop
};

// Open file descriptors of this process; `under`: only those open on files in that folder.
int openFileDescriptors(const QString &under = {})
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    int count = 0;
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (under.isEmpty() || QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(under + u'/'))
            ++count;
    }
    return count;
}

IdleFigures measureIdle(const QStringList &sandboxIds, int windowMs)
{
    IdleFigures figures;
    const qint64 self = QCoreApplication::applicationPid();
    const QList<qint64> before = descendants(self);
    QHash<qint64, qint64> nsBefore;
    for (qint64 pid : before)
        nsBefore.insert(pid, cpuNs(pid));
    const qint64 selfTicks0 = cpuTicks(self);
    QElapsedTimer window;
    window.start();
    runEventLoopFor(windowMs);
    const qint64 selfTicks1 = cpuTicks(self);
    figures.windowMs = int(window.elapsed());
    const double seconds = double(figures.windowMs) / 1000.0;
    figures.selfCpuPercent = double(selfTicks1 - selfTicks0) / ticksPerSecond() / seconds * 100.0;
    figures.selfRssKb = statusFieldKb(self, "VmRSS");
    figures.selfHwmKb = statusFieldKb(self, "VmHWM");

    const QList<qint64> after = descendants(self);
    figures.processes = int(after.size());
    qint64 sandboxNs = 0;
    QHash<qint64, qint64> subtreeRss;  // by the direct child (one bwrap per sandbox)
    for (qint64 pid : after) {
        const qint64 rss = std::max<qint64>(0, statusFieldKb(pid, "VmRSS"));
        figures.sandboxesRssKb += rss;
        figures.sandboxesPssKb += std::max<qint64>(0, pssKb(pid));
        auto &entry = figures.byName[processName(pid)];
        ++entry.first;
        entry.second += rss;
        if (nsBefore.contains(pid))
            sandboxNs += std::max<qint64>(0, cpuNs(pid) - nsBefore.value(pid));
        qint64 top = pid;
        while (parentPid(top) != self && parentPid(top) > 1)
            top = parentPid(top);
        subtreeRss[top] += rss;
    }
    figures.sandboxesCpuPercent = double(sandboxNs) / 1e9 / seconds * 100.0;
    for (qint64 rss : std::as_const(subtreeRss))
        figures.perSandboxRssKb << double(rss);
    qint64 charged = 0;
    bool any = false;
    for (const QString &id : sandboxIds) {
        const QString path = sandboxMemoryFile(id);
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
            charged += file.readAll().trimmed().toLongLong();
            any = true;
        }
    }
    figures.cgroupBytes = any ? charged : -1;
    return figures;
}

BatchResult runBatch(Core &core, const AppBundle &bundle, int count, int idleMs)
{
    BatchResult result;
    result.sessions = count;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);

    struct Entry
    {
        QString id;
        QPointer<SessionRunner> runner;
        qint64 readyMs = -1;
        qint64 bootedMs = -1;
        qint64 waitReadyMs = -1;
        HttpPoller *poller = nullptr;
        QString sandboxId;
    };
    QList<Entry> entries(count);
    QString failure;
    bool stopping = false;

    const qint64 self = QCoreApplication::applicationPid();
    const double msPerTick = 1000.0 / ticksPerSecond();
    const qint64 selfTicksAtStart = cpuTicks(self);
    const MachineCpu machineAtStart = machineCpu();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        SpawnRequest request;
        request.bundle = bundle;
        request.prompt = QStringLiteral("Template: static-site");
        request.templateName = QStringLiteral("static-site");
        request.sourceSummary = QStringLiteral("template static-site");
        SpawnError error;
        const QString id = core.manager->spawn(request, &error);
        if (id.isEmpty()) {
            result.failure = QStringLiteral("spawn %1 of %2 refused: %3").arg(i + 1).arg(count).arg(error.message);
            core.manager->stopAll(QStringLiteral("benchmark failed"));
            return result;
        }
        Entry &entry = entries[i];
        entry.id = id;
        entry.runner = core.manager->runner(id);
        QObject::connect(entry.runner, &SessionRunner::ready, &network, [&, i](const QUrl &url) {
            Entry &ready = entries[i];
            ready.readyMs = clock.elapsed();
            if (ready.runner && ready.runner->sandbox())
                ready.sandboxId = ready.runner->sandbox()->id();
            ready.poller = new HttpPoller(&network, url, clock, 100, 30000, &network);
            ready.poller->start();
        });
        QObject::connect(entry.runner, &SessionRunner::statusChanged, &network, [&, i](SessionStatus status) {
            if (status == SessionStatus::Deploying && entries[i].bootedMs < 0)
                entries[i].bootedMs = clock.elapsed();
        });
        QObject::connect(entry.runner, &SessionRunner::stepFinished, &network, [&, i](DeployStep step, qint64 ms) {
            if (step == DeployStep::WaitReady)
                entries[i].waitReadyMs = ms;
        });
        QObject::connect(entry.runner, &SessionRunner::ended, &network, [&, id](SessionStatus status) {
            if (!stopping && failure.isEmpty()) {
                const auto session = core.store->session(id);
                failure = QStringLiteral("session %1 ended as %2: %3")
                              .arg(id, sessionStatusToString(status), session ? session->error.message : QString());
            }
        });
    }
    result.spawnCallsMs = clock.elapsed();

    const auto allAnswered = [&] {
        for (const Entry &entry : entries) {
            if (!entry.poller || !entry.poller->isDone())
                return false;
        }
        return true;
    };
    runEventLoopUntil([&] { return allAnswered() || !failure.isEmpty(); }, 180000, 5);
    {
        // Every sandbox process was born during the ramp: its whole CPU time counts.
        const MachineCpu machine = machineCpu();
        result.rampSelfCpuMs = qint64(double(cpuTicks(self) - selfTicksAtStart) * msPerTick);
        for (qint64 pid : descendants(self))
            result.rampSandboxCpuMs[processName(pid)] += std::max<qint64>(0, cpuNs(pid)) / 1000000;
        result.rampMachineBusyMs = qint64(double(machine.busy - machineAtStart.busy) * msPerTick);
        result.rampMachineTotalMs = qint64(double(machine.total - machineAtStart.total) * msPerTick);
    }
    QStringList sandboxIds;
    for (const Entry &entry : std::as_const(entries))
        sandboxIds << entry.sandboxId;
    if (!failure.isEmpty() || !allAnswered()) {
        result.failure = failure.isEmpty() ? QStringLiteral("not all sessions answered within 180 s") : failure;
    } else {
        result.ok = true;
        for (const Entry &entry : std::as_const(entries)) {
            if (!entry.poller->succeeded()) {
                result.ok = false;
                result.failure = QStringLiteral("session %1 gave no 200: %2").arg(entry.id, entry.poller->lastError());
            }
            result.readyMs << double(entry.readyMs);
            result.okMs << double(entry.poller->okAtMs());
            result.bootedMs << double(entry.bootedMs);
            result.waitReadyMs << double(entry.waitReadyMs);
            result.allReadyMs = std::max(result.allReadyMs, entry.readyMs);
            result.allOkMs = std::max(result.allOkMs, entry.poller->okAtMs());
        }
        if (result.ok && idleMs > 0)
            result.idle = measureIdle(sandboxIds, idleMs);
    }

    // Stop everything and look for what is left.
    stopping = true;
    QElapsedTimer stopClock;
    stopClock.start();
    core.manager->stopAll(QStringLiteral("benchmark done"));
    runEventLoopUntil([&] { return descendants(self).isEmpty(); }, 20000, 10);
    result.stopMs = stopClock.elapsed();
    const QString sandboxesDir = Paths::sandboxesDir();
    const auto leftovers = [&] {
        result.leftProcesses = int(descendants(self).size());
        result.leftFolders = int(QDir(sandboxesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        result.leftGroups = 0;
        for (const QString &id : std::as_const(sandboxIds)) {
            if (!id.isEmpty())
                result.leftGroups += int(sandboxGroupDirs(id).size());
        }
        return result.leftProcesses + result.leftFolders + result.leftGroups == 0;
    };
    runEventLoopUntil(leftovers, 10000, 10);
    result.cleanMs = stopClock.elapsed();
    for (const QString &id : std::as_const(sandboxIds)) {
        for (const QString &dir : sandboxGroupDirs(id)) {
            QFile procs(dir + u"/cgroup.procs");
            if (procs.open(QIODevice::ReadOnly) && procs.readAll().trimmed().isEmpty())
                ++result.leftGroupsEmpty;
            if (result.leftGroupSample.size() < 4)
                result.leftGroupSample << dir;
        }
    }
    for (const Entry &entry : std::as_const(entries)) {
        const auto session = core.store->session(entry.id);
        if (!session || session->status != SessionStatus::Stopped)
            ++result.notStopped;
    }
    runEventLoopFor(200);  // deleteLater() of the runners' leftovers
    result.selfRssAfterKb = statusFieldKb(self, "VmRSS");
    result.selfFdsAfter = openFileDescriptors();
    return result;
}

// A bare python3 -m http.server, for scale: its RSS once it answers.
std::pair<qint64, qint64> bareServerMemoryKb(const QString &siteDir)
{
    const quint16 port = freeLoopbackPort();
    QProcess process;
    process.setProgram(baselinePython());
    process.setArguments({QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port)});
    process.setWorkingDirectory(siteDir);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    QElapsedTimer clock;
    clock.start();
    HttpPoller poller(&network, url, clock, 100, 30000);
    process.start();
    poller.start();
    runEventLoopUntil([&] { return poller.isDone(); }, 32000);
    const qint64 pid = process.processId();
    const std::pair<qint64, qint64> memory{statusFieldKb(pid, "VmRSS"), pssKb(pid)};
    terminateAndWait(&process);
    return memory;
}

void printBatch(const QString &label, const BatchResult &result)
{
    if (!result.ok) {
        say(QStringLiteral("%1 FAILED: %2").arg(label, result.failure));
        return;
    }
    say(QStringLiteral("%1: %2 sessions; spawn() calls %3 ms; all ready at %4 ms, all answered 200 at %5 ms "
                       "(per session ready %6)")
            .arg(label)
            .arg(result.sessions)
            .arg(result.spawnCallsMs)
            .arg(result.allReadyMs)
            .arg(result.allOkMs)
            .arg(describe(summarize(result.readyMs))));
    say(QStringLiteral("   per session: sandbox up (spawn() -> deploying) %1; wait-ready step %2")
            .arg(describe(summarize(result.bootedMs)), describe(summarize(result.waitReadyMs))));
    qint64 sandboxCpu = 0;
    QStringList byName;
    for (auto it = result.rampSandboxCpuMs.cbegin(); it != result.rampSandboxCpuMs.cend(); ++it) {
        sandboxCpu += it.value();
        byName << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    say(QStringLiteral("   CPU from spawn() to the last 200: this process %1 ms, sandbox processes %2 ms (%3); the "
                       "machine was busy %4 of %5 CPU-ms (%6%), so %7 ms went to other programs")
            .arg(result.rampSelfCpuMs)
            .arg(sandboxCpu)
            .arg(byName.join(QStringLiteral(", ")))
            .arg(result.rampMachineBusyMs)
            .arg(result.rampMachineTotalMs)
            .arg(number(result.rampMachineTotalMs > 0 ? 100.0 * double(result.rampMachineBusyMs) / double(result.rampMachineTotalMs) : 0.0))
            .arg(std::max<qint64>(0, result.rampMachineBusyMs - result.rampSelfCpuMs - sandboxCpu)));
    if (const auto &idle = result.idle) {
        say(QStringLiteral("   idle %1 ms: this process RSS %2 MiB (peak %3 MiB), CPU %4% of one core; "
                           "%5 sandbox processes: RSS %6 MiB total (PSS %7 MiB), %8 MiB per sandbox, CPU %9% "
                           "of one core")
                .arg(idle->windowMs)
                .arg(number(mib(idle->selfRssKb), 1), number(mib(idle->selfHwmKb), 1),
                     number(idle->selfCpuPercent, 2))
                .arg(idle->processes)
                .arg(number(mib(idle->sandboxesRssKb), 1), number(mib(idle->sandboxesPssKb), 1),
                     number(mib(idle->sandboxesRssKb) / result.sessions, 1),
                     number(idle->sandboxesCpuPercent, 2)));
        QList<double> treesMiB;
        for (double kb : idle->perSandboxRssKb)
            treesMiB << kb / 1024.0;
        say(QStringLiteral("   RSS of each sandbox's process tree: %1").arg(describe(summarize(treesMiB), QStringLiteral("MiB"), 1)));
        QStringList names;
        for (auto it = idle->byName.cbegin(); it != idle->byName.cend(); ++it)
            names << QStringLiteral("%1 x%2 %3 MiB").arg(it.key()).arg(it.value().first).arg(number(mib(it.value().second), 1));
        say(QStringLiteral("   by process: %1; control groups charged %2 MiB")
                .arg(names.join(QStringLiteral(", ")),
                     idle->cgroupBytes < 0 ? QStringLiteral("?")
                                           : number(double(idle->cgroupBytes) / 1048576.0, 1)));
    }
    say(QStringLiteral("   stopAll: no sandbox process left after %1 ms, clean after %2 ms; left: %3 processes, "
                       "%4 folders, %5 control groups; sessions not stored as stopped: %6; this process after "
                       "stop: RSS %7 MiB, %8 open fds")
            .arg(result.stopMs)
            .arg(result.cleanMs)
            .arg(result.leftProcesses)
            .arg(result.leftFolders)
            .arg(result.leftGroups)
            .arg(result.notStopped)
            .arg(number(mib(result.selfRssAfterKb), 1))
            .arg(result.selfFdsAfter));
    if (result.leftGroups > 0)
        say(QStringLiteral("   control groups still there %1 ms after stopAll(), %2 of %3 with no task in them: %4 ...")
                .arg(result.cleanMs)
                .arg(result.leftGroupsEmpty)
                .arg(result.leftGroups)
                .arg(result.leftGroupSample.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.info=false\nspawnai.*.debug=false"));
    int repetitions = qEnvironmentVariableIntValue("BENCH_REPS");
    if (argc > 1)
        repetitions = QString::fromLocal8Bit(argv[1]).toInt();
    if (repetitions <= 0)
        repetitions = 3;
    const int idleMs = qEnvironmentVariableIsSet("BENCH_IDLE_MS") ? qEnvironmentVariableIntValue("BENCH_IDLE_MS") : 10000;
    const int count = planLimits(Plan::Hobby).maxConcurrentSessions;

    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty()) {
        say(QStringLiteral("bench_concurrent_sandboxes: local sandboxes cannot run here: %1").arg(missing));
        return 1;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        say(QStringLiteral("bench_concurrent_sandboxes: cannot make a temporary folder"));
        return 1;
    }
    Paths::setDataDirOverride(work.filePath(QStringLiteral("data")));
    const QString siteDir = work.filePath(QStringLiteral("site"));
    QDir().mkpath(siteDir);

    Core core;
    core.database = std::make_unique<Database>();
    if (const SpawnError error = core.database->open(); error.isError()) {
        say(QStringLiteral("bench_concurrent_sandboxes: %1").arg(error.message));
        return 1;
    }
    core.store = std::make_unique<SessionStore>(*core.database);
    core.provider = std::make_unique<LocalSandboxProvider>();
    core.manager = std::make_unique<SessionManager>(core.store.get());
    core.manager->addProvider(core.provider.get());
    core.manager->setPlan(Plan::Hobby);

    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary().load(QStringLiteral("static-site"), &error);
    if (!bundle) {
        say(QStringLiteral("bench_concurrent_sandboxes: %1").arg(error.message));
        return 1;
    }
    for (const AppFile &file : bundle->files()) {
        QFile out(siteDir + u'/' + file.path);
        if (out.open(QIODevice::WriteOnly))
            out.write(file.content);
    }

    const qint64 self = QCoreApplication::applicationPid();
    say(QStringLiteral("== bench_concurrent_sandboxes: %1 static-site sessions at once in one process (hobby limit)")
            .arg(count));
    say(QStringLiteral("   %1").arg(machineLine()));
    say(QStringLiteral("   baseline: one static-site session alone, same process; %1 interleaved repetitions each; "
                       "idle window %2 ms")
            .arg(repetitions)
            .arg(idleMs));
    say(QStringLiteral("   %1").arg(pythonNote()));
    const qint64 rssBeforeKb = statusFieldKb(self, "VmRSS");
    const int fdsBefore = openFileDescriptors();
    say(QStringLiteral("   this process before any sandbox: RSS %1 MiB, %2 open fds").arg(number(mib(rssBeforeKb), 1)).arg(fdsBefore));

    QList<double> singleOk, batchReady, batchOk, selfRss, selfCpu, sandboxRss, sandboxPss, perSandboxRss,
        sandboxCpu, cgroupMiB, stopTimes, bareRss, barePss;
    int failures = 0;
    int leftovers = 0;
    qint64 lastRssAfterKb = rssBeforeKb;
    int lastFdsAfter = fdsBefore;
    int sessionsRun = 0;
    for (int rep = 1; rep <= repetitions; ++rep) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool singleTurn = (rep % 2 == 1) == (turn == 0);
            if (singleTurn) {
                const BatchResult single = runBatch(core, *bundle, 1, 0);
                sessionsRun += 1;
                lastRssAfterKb = single.selfRssAfterKb;
                lastFdsAfter = single.selfFdsAfter;
                printBatch(QStringLiteral("rep %1 single").arg(rep), single);
                if (single.ok)
                    singleOk << double(single.allOkMs);
                else
                    ++failures;
                leftovers += single.leftProcesses + single.leftFolders + single.leftGroups;
                const auto [rss, pss] = bareServerMemoryKb(siteDir);
                bareRss << mib(rss);
                barePss << mib(pss);
            } else {
                const BatchResult batch = runBatch(core, *bundle, count, idleMs);
                sessionsRun += count;
                printBatch(QStringLiteral("rep %1 batch of %2").arg(rep).arg(count), batch);
                leftovers += batch.leftProcesses + batch.leftFolders + batch.leftGroups + batch.notStopped;
                if (!batch.ok || (idleMs > 0 && !batch.idle)) {
                    ++failures;
                    continue;
                }
                batchReady << double(batch.allReadyMs);
                batchOk << double(batch.allOkMs);
                stopTimes << double(batch.stopMs);
                lastRssAfterKb = batch.selfRssAfterKb;
                lastFdsAfter = batch.selfFdsAfter;
                if (!batch.idle)
                    continue;
                selfRss << mib(batch.idle->selfRssKb);
                selfCpu << batch.idle->selfCpuPercent;
                sandboxRss << mib(batch.idle->sandboxesRssKb);
                sandboxPss << mib(batch.idle->sandboxesPssKb);
                perSandboxRss << mib(batch.idle->sandboxesRssKb) / count;
                sandboxCpu << batch.idle->sandboxesCpuPercent;
                if (batch.idle->cgroupBytes >= 0)
                    cgroupMiB << double(batch.idle->cgroupBytes) / 1048576.0;
            }
            runEventLoopFor(300);
        }
    }

    const Summary single = summarize(singleOk);
    const Summary all = summarize(batchOk);
    say(QString());
    say(QStringLiteral("RESULT one session alone, spawn() to 200:        %1").arg(describe(single)));
    say(QStringLiteral("RESULT %1 at once, spawn() to all ready:          %2").arg(count).arg(describe(summarize(batchReady))));
    say(QStringLiteral("RESULT %1 at once, spawn() to all answered 200:   %2").arg(count).arg(describe(all)));
    say(QStringLiteral("RESULT idle with %1: this process RSS              %2")
            .arg(count)
            .arg(describe(summarize(selfRss), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT   (before any sandbox: %1 MiB)").arg(number(mib(rssBeforeKb), 1)));
    say(QStringLiteral("RESULT idle with %1: this process CPU              %2")
            .arg(count)
            .arg(describe(summarize(selfCpu), QStringLiteral("% of one core"), 2)));
    say(QStringLiteral("RESULT idle with %1: sandbox processes RSS total   %2")
            .arg(count)
            .arg(describe(summarize(sandboxRss), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT   PSS total (shared pages counted once)    %1")
            .arg(describe(summarize(sandboxPss), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT   RSS per sandbox                          %1")
            .arg(describe(summarize(perSandboxRss), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT   control groups charged (incl. tmpfs)     %1")
            .arg(describe(summarize(cgroupMiB), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT   sandbox processes CPU                    %1")
            .arg(describe(summarize(sandboxCpu), QStringLiteral("% of one core"), 2)));
    say(QStringLiteral("RESULT bare python3 -m http.server RSS            %1; PSS %2")
            .arg(describe(summarize(bareRss), QStringLiteral("MiB"), 1), describe(summarize(barePss), QStringLiteral("MiB"), 1)));
    say(QStringLiteral("RESULT this process after all runs were stopped (%1 sessions ended): RSS %2 MiB (was %3), "
                       "%4 open fds (was %5)")
            .arg(sessionsRun)
            .arg(number(mib(lastRssAfterKb), 1), number(mib(rssBeforeKb), 1))
            .arg(lastFdsAfter)
            .arg(fdsBefore));
    say(QStringLiteral("RESULT   open fds on session log files (%1/*.log): %2")
            .arg(Paths::logsDir())
            .arg(openFileDescriptors(Paths::logsDir())));
    say(QStringLiteral("RESULT stopAll with %1 to no process left:         %2").arg(count).arg(describe(summarize(stopTimes))));
    say(QStringLiteral("RESULT left behind after stopping (all runs): %1 %2")
            .arg(leftovers)
            .arg(leftovers == 0 ? QStringLiteral("(none: clean)") : QStringLiteral("(NOT clean)")));
    if (failures > 0)
        say(QStringLiteral("RESULT failed runs: %1").arg(failures));
    if (single.count == 0 || all.count == 0) {
        say(QStringLiteral("RATIO unavailable: no successful runs"));
        return 1;
    }
    const double bare = summarize(bareRss).median;
    say(QStringLiteral("RATIO RSS per sandbox / bare python3 http.server = %1x")
            .arg(number(summarize(perSandboxRss).median / bare, 2)));
    say(QStringLiteral("RATIO %1 at once / one alone, to all answering 200 (medians) = %2x  (%3 ms per extra session)")
            .arg(count)
            .arg(number(all.median / single.median, 2))
            .arg(number((all.median - single.median) / (count - 1), 1)));
    return 0;
}
