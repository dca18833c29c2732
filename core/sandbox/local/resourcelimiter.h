// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sandbox/sandboxtypes.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct ResourceCounters
{
    qint64 memoryBytes = 0;
    qint64 peakMemoryBytes = 0;
    double cpuSeconds = 0.0;
    int processes = 0;
    qint64 oomKills = 0;       // processes the kernel killed at the memory cap
    qint64 processLimitHits = 0;  // forks refused at the process cap
};

// Holds a sandbox to its memory, process and CPU limits with the best means
// the machine offers (docs/local-sandbox.md has the table):
// - root on cgroup v1 or v2: a cgroup of our own, joined before bwrap runs;
// - a desktop user with systemd: a transient scope from systemd-run --user;
// - otherwise rlimits, which cap memory per process and nothing else.
class ResourceLimiter final
{
public:
    enum class Mode
    {
        CgroupV1,
        CgroupV2,
        SystemdScope,
        Rlimits,
    };

    ResourceLimiter(const QString &sandboxId, const SandboxLimits &limits, qint64 tmpfsBytes);
    ~ResourceLimiter();
    ResourceLimiter(const ResourceLimiter &) = delete;
    ResourceLimiter &operator=(const ResourceLimiter &) = delete;

    static Mode detectMode();
    static QString modeName(Mode mode);
    // Removes empty groups that a crashed run left behind.
    static void removeStaleGroups();

    Mode mode() const { return m_mode; }
    bool prepare(QString *error);
    // Prepended to the bwrap command line (systemd-run in scope mode).
    QStringList wrapperCommand() const;
    // Runs in the forked child before exec: async-signal-safe calls only.
    void applyInChild() const;
    // Called once the sandbox's first process runs (scope mode finds its group).
    void adopt(qint64 pid);
    ResourceCounters counters() const;
    // The limit the sandbox ran into since `baseline`, named for the user.
    // A workspace within 1 % of its size counts as full (tmpfs keeps a
    // little for itself); pass 0 for both when it was not measured.
    std::optional<SpawnError> breach(const ResourceCounters &baseline, qint64 workspaceUsed,
                                     qint64 workspaceTotal) const;
    void killAll();

private:
    QStringList groupDirs() const;
    static void removeGroups(QStringList dirs, int attemptsLeft);
    void writeLimit(const QString &dir, const char *file, const QByteArray &value, QString *error) const;

    QString m_sandboxId;
    SandboxLimits m_limits;
    qint64 m_groupMemoryBytes;
    Mode m_mode;
    QString m_memoryDir;   // v1 controller folders, or the one v2 folder in all three
    QString m_pidsDir;
    QString m_cpuDir;
    QString m_cpuacctDir;
    std::vector<int> m_attachFds;
};
