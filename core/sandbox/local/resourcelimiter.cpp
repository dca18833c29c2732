// SPDX-License-Identifier: MIT
#include "resourcelimiter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcLimits, "spawnai.sandbox.limits", QtInfoMsg)

const QString CgroupRoot = QStringLiteral("/sys/fs/cgroup");
const QString GroupParent = QStringLiteral("spawnai");

bool isCgroup2Root()
{
    return QFileInfo::exists(CgroupRoot + u"/cgroup.controllers");
}

// Our own group in a v1 controller hierarchy, from /proc/self/cgroup.
QString ownV1Group(const QString &controller)
{
    QFile file(QStringLiteral("/proc/self/cgroup"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() == 3 && QString::fromLatin1(parts[1]).split(u',').contains(controller))
            return CgroupRoot + u'/' + controller + QString::fromUtf8(parts[2]);
    }
    return {};
}

QByteArray readValue(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// "key value" lines, as in memory.events, pids.events and memory.oom_control.
qint64 readKey(const QString &path, const QByteArray &key)
{
    for (const QByteArray &line : readValue(path).split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2 && parts[0] == key)
            return parts[1].toLongLong();
    }
    return 0;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ResourceLimiter", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR ResourceLimiter */

bool systemdUserAvailable()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/systemd/private")
        && !QStandardPaths::findExecutable(QStringLiteral("systemd-run")).isEmpty();
}
} // namespace

ResourceLimiter::ResourceLimiter(const QString &sandboxId, const SandboxLimits &limits, qint64 tmpfsBytes)
    : m_sandboxId(QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(sandboxId))
    , m_limits(limits)
    // Files in the workspace and /tmp live in memory (tmpfs) and count
    // against the group, so the group's cap leaves room for them.
    , m_groupMemoryBytes(limits.memoryBytes + limits.workspaceBytes + tmpfsBytes)
    , m_mode(detectMode())
{
}

ResourceLimiter::~ResourceLimiter()
{
    for (int fd : m_attachFds)
        ::close(fd);
    killAll();
    removeGroups(groupDirs(), 40);
}

void ResourceLimiter::removeGroups(QStringList dirs, int attemptsLeft)
{
    // A group stays busy until the kernel has finished its last exiting
    // process, a few milliseconds after the kill: try again a little later.
    dirs.removeIf([](const QString &dir) { return QDir().rmdir(dir) || !QFileInfo::exists(dir); });
    if (dirs.isEmpty() || attemptsLeft <= 0 || !QCoreApplication::instance())
        return;
    QTimer::singleShot(50, QCoreApplication::instance(), [dirs, attemptsLeft] { removeGroups(dirs, attemptsLeft - 1); });
}

ResourceLimiter::Mode ResourceLimiter::detectMode()
{
    const QString override = qEnvironmentVariable("SPAWNAI_SANDBOX_LIMITS");
    if (override == u"rlimits")
        return Mode::Rlimits;
    if (::geteuid() == 0) {
        if (isCgroup2Root())
            return QFileInfo(CgroupRoot + u"/cgroup.subtree_control").isWritable() ? Mode::CgroupV2 : Mode::Rlimits;
        const QString memory = ownV1Group(QStringLiteral("memory"));
        if (!memory.isEmpty() && QFileInfo(memory).isWritable() && !ownV1Group(QStringLiteral("pids")).isEmpty())
            return Mode::CgroupV1;
    }
    if (systemdUserAvailable())
        return Mode::SystemdScope;
    return Mode::Rlimits;
}

QString ResourceLimiter::modeName(Mode mode)
{
    switch (mode) {
    case Mode::CgroupV1:
        return QStringLiteral("cgroup v1");
    case Mode::CgroupV2:
        return QStringLiteral("cgroup v2");
    case Mode::SystemdScope:
        return QStringLiteral("systemd user scope");
    case Mode::Rlimits:
        return QStringLiteral("rlimits");
    }
    return {};
}

void ResourceLimiter::removeStaleGroups()
{
    QStringList parents;
    if (isCgroup2Root()) {
        parents << CgroupRoot + u'/' + GroupParent;
    } else {
        for (const char *controller : {"memory", "pids", "cpu", "cpuacct"}) {
            const QString own = ownV1Group(QLatin1String(controller));
            if (!own.isEmpty())
                parents << own + u'/' + GroupParent;
        }
    }
    for (const QString &parent : std::as_const(parents)) {
        const QDir dir(parent);
        for (const QString &child : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            // Groups are named "<pid>-<sandbox>". Another SpawnAI process
            // may have made one a moment ago and not joined it yet (it is
            // empty, so rmdir would succeed): only a dead owner's go.
            const qint64 owner = child.section(u'-', 0, 0).toLongLong();
            if (owner > 0 && (owner == QCoreApplication::applicationPid() || ::kill(pid_t(owner), 0) == 0))
                continue;
            QDir(parent).rmdir(child);
        }
    }
}

bool ResourceLimiter::prepare(QString *error)
{
    switch (m_mode) {
    case Mode::Rlimits:
    case Mode::SystemdScope:
        return true;
    case Mode::CgroupV1:
        m_memoryDir = ownV1Group(QStringLiteral("memory")) + u'/' + GroupParent + u'/' + m_sandboxId;
        m_pidsDir = ownV1Group(QStringLiteral("pids")) + u'/' + GroupParent + u'/' + m_sandboxId;
        if (const QString cpu = ownV1Group(QStringLiteral("cpu")); !cpu.isEmpty())
            m_cpuDir = cpu + u'/' + GroupParent + u'/' + m_sandboxId;
        if (const QString cpuacct = ownV1Group(QStringLiteral("cpuacct")); !cpuacct.isEmpty())
            m_cpuacctDir = cpuacct + u'/' + GroupParent + u'/' + m_sandboxId;
        break;
    case Mode::CgroupV2: {
        const QString parent = CgroupRoot + u'/' + GroupParent;
        QDir().mkpath(parent);
        writeLimit(CgroupRoot, "cgroup.subtree_control", "+memory +pids +cpu", error);
        writeLimit(parent, "cgroup.subtree_control", "+memory +pids +cpu", error);
        m_memoryDir = m_pidsDir = m_cpuDir = m_cpuacctDir = parent + u'/' + m_sandboxId;
        break;
    }
    }
    for (const QString &dir : groupDirs()) {
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create the control group %1").arg(dir);
            return false;
        }
    }
    const QByteArray memory = QByteArray::number(m_groupMemoryBytes);
    const QByteArray pids = QByteArray::number(m_limits.maxProcesses);
    const QByteArray quota = QByteArray::number(qint64(m_limits.cpuPercent) * 1000);
    if (m_mode == Mode::CgroupV1) {
        writeLimit(m_memoryDir, "memory.limit_in_bytes", memory, error);
        writeLimit(m_pidsDir, "pids.max", pids, error);
        if (!m_cpuDir.isEmpty()) {
            writeLimit(m_cpuDir, "cpu.cfs_period_us", "100000", error);
            writeLimit(m_cpuDir, "cpu.cfs_quota_us", quota, error);
        }
    } else {
        writeLimit(m_memoryDir, "memory.max", memory, error);
        writeLimit(m_memoryDir, "memory.swap.max", "0", error);
        writeLimit(m_pidsDir, "pids.max", pids, error);
        writeLimit(m_cpuDir, "cpu.max", quota + " 100000", error);
    }
    if (!error->isEmpty())
        return false;
    for (const QString &dir : groupDirs()) {
        const QByteArray path = QFile::encodeName(dir + u"/cgroup.procs");
        const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = QStringLiteral("cannot open %1").arg(dir + u"/cgroup.procs");
            return false;
        }
        m_attachFds.push_back(fd);
    }
    qCDebug(lcLimits) << "sandbox" << m_sandboxId << "limited by" << modeName(m_mode);
    return true;
}

QStringList ResourceLimiter::wrapperCommand() const
{
    if (m_mode != Mode::SystemdScope)
        return {};
    return {QStringLiteral("systemd-run"), QStringLiteral("--user"), QStringLiteral("--scope"),
            QStringLiteral("--quiet"), QStringLiteral("--collect"),
            QStringLiteral("--unit=spawnai-") + m_sandboxId,
            QStringLiteral("-p"), QStringLiteral("MemoryMax=%1").arg(m_groupMemoryBytes),
            QStringLiteral("-p"), QStringLiteral("MemorySwapMax=0"),
            QStringLiteral("-p"), QStringLiteral("TasksMax=%1").arg(m_limits.maxProcesses),
            QStringLiteral("-p"), QStringLiteral("CPUQuota=%1%").arg(m_limits.cpuPercent),
            QStringLiteral("--")};
}

void ResourceLimiter::applyInChild() const
{
    for (int fd : m_attachFds) {
        // "0" moves the writing process; everything it forks stays inside.
        [[maybe_unused]] const ssize_t written = ::write(fd, "0", 1);
    }
    if (m_mode == Mode::Rlimits) {
        const rlimit memory{rlim_t(m_limits.memoryBytes), rlim_t(m_limits.memoryBytes)};
        ::setrlimit(RLIMIT_AS, &memory);
    }
}

void ResourceLimiter::adopt(qint64 pid)
{
    if (m_mode != Mode::SystemdScope)
        return;
    const QByteArray line = readValue(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (line.startsWith("0::")) {
        const QString dir = CgroupRoot + QString::fromUtf8(line.mid(3).trimmed());
        m_memoryDir = m_pidsDir = m_cpuDir = m_cpuacctDir = dir;
    }
}

ResourceCounters ResourceLimiter::counters() const
{
    ResourceCounters counters;
    if (m_memoryDir.isEmpty())
        return counters;
    counters.processes = readValue(m_pidsDir + u"/pids.current").toInt();
    counters.processLimitHits = readKey(m_pidsDir + u"/pids.events", "max");
    if (m_mode == Mode::CgroupV1) {
        counters.memoryBytes = readValue(m_memoryDir + u"/memory.usage_in_bytes").toLongLong();
        counters.peakMemoryBytes = readValue(m_memoryDir + u"/memory.max_usage_in_bytes").toLongLong();
        counters.oomKills = readKey(m_memoryDir + u"/memory.oom_control", "oom_kill");
        if (!m_cpuacctDir.isEmpty())
            counters.cpuSeconds = readValue(m_cpuacctDir + u"/cpuacct.usage").toDouble() / 1e9;
    } else {
        counters.memoryBytes = readValue(m_memoryDir + u"/memory.current").toLongLong();
        counters.peakMemoryBytes = readValue(m_memoryDir + u"/memory.peak").toLongLong();
        counters.oomKills = readKey(m_memoryDir + u"/memory.events", "oom_kill");
        counters.cpuSeconds = double(readKey(m_cpuDir + u"/cpu.stat", "usage_usec")) / 1e6;
    }
    counters.peakMemoryBytes = std::max(counters.peakMemoryBytes, counters.memoryBytes);
    return counters;
}

std::optional<SpawnError> ResourceLimiter::breach(const ResourceCounters &baseline, qint64 workspaceUsed,
                                                  qint64 workspaceTotal) const
{
    const ResourceCounters now = counters();
    if (now.oomKills > baseline.oomKills)
        return SpawnError::resource(tr("The app went over its memory limit of %1 MiB and was stopped")
                                        .arg(mebibytes(m_limits.memoryBytes)));
    if (now.processLimitHits > baseline.processLimitHits)
        return SpawnError::resource(tr("The app tried to run more than its limit of %1 processes and was stopped")
                                        .arg(m_limits.maxProcesses));
    if (workspaceTotal > 0 && workspaceUsed >= workspaceTotal - workspaceTotal / 100)
        return SpawnError::resource(tr("The app filled its workspace limit of %1 MiB and was stopped")
                                        .arg(mebibytes(m_limits.workspaceBytes)));
    return std::nullopt;
}

void ResourceLimiter::killAll()
{
    if (m_pidsDir.isEmpty())
        return;
    if (m_mode == Mode::CgroupV2 || m_mode == Mode::SystemdScope) {
        QFile kill(m_pidsDir + u"/cgroup.kill");
        if (kill.open(QIODevice::WriteOnly) && kill.write("1") == 1)
            return;
    }
    // A fork bomb may outrun one pass; a few passes catch the stragglers,
    // and pids.max bounds how many there can be.
    for (int pass = 0; pass < 5; ++pass) {
        const QList<QByteArray> pids = readValue(m_pidsDir + u"/cgroup.procs").split('\n');
        bool any = false;
        for (const QByteArray &pid : pids) {
            if (const int value = pid.toInt(); value > 1) {
                ::kill(pid_t(value), SIGKILL);
                any = true;
            }
        }
        if (!any)
            break;
    }
}

QStringList ResourceLimiter::groupDirs() const
{
    QStringList dirs;
    for (const QString &dir : {m_memoryDir, m_pidsDir, m_cpuDir, m_cpuacctDir}) {
        if (!dir.isEmpty() && !dirs.contains(dir) && m_mode != Mode::SystemdScope)
            dirs << dir;
    }
    return dirs;
}

void ResourceLimiter::writeLimit(const QString &dir, const char *file, const QByteArray &value, QString *error) const
{
    QFile out(dir + u'/' + QLatin1String(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(value) != value.size()) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot set %1 in %2: %3").arg(QLatin1String(file), dir, out.errorString());
    }
}
