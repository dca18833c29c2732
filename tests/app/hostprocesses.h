// SPDX-License-Identifier: MIT
#pragma once

// The host's processes as /proc shows them: what a `spawnai` started (its
// sandboxes' bwrap, slirp4netns, agent and app), and whether it still runs,
// for the tests that kill or stop the real program.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

struct HostProcess
{
    qint64 pid = 0;
    qint64 parent = 0;
    qint64 group = 0;
    qint64 startTicks = 0;  // tells a reused pid apart
    char state = '?';
    QByteArray name;
};

inline std::optional<HostProcess> readProcess(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // "pid (name) state ppid pgrp session tty tpgid flags minflt cminflt
    //  majflt cmajflt utime stime cutime cstime priority nice threads
    //  itrealvalue starttime ..."; the name may hold spaces and parentheses.
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    HostProcess process;
    process.pid = pid;
    process.name = stat.mid(open + 1, close - open - 1);
    process.state = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
    process.parent = fields.at(1).toLongLong();
    process.group = fields.at(2).toLongLong();
    process.startTicks = fields.at(19).toLongLong();
    return process;
}

inline QList<HostProcess> allProcesses()
{
    QList<HostProcess> processes;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        if (const auto process = readProcess(pid))
            processes << *process;
    }
    return processes;
}

// Everything `root` started, and what those started, down to the app.
inline QList<HostProcess> descendantsOf(qint64 root)
{
    QHash<qint64, QList<HostProcess>> children;
    for (const HostProcess &process : allProcesses())
        children[process.parent] << process;
    QList<HostProcess> found;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        for (const HostProcess &child : children.value(queue.takeFirst())) {
            found << child;
            queue << child.pid;
        }
    }
    return found;
}

inline bool isAlive(const HostProcess &process)
{
    const auto now = readProcess(process.pid);
    return now && now->startTicks == process.startTicks && now->state != 'Z' && now->state != 'X';
}

inline QStringList describe(const QList<HostProcess> &processes)
{
    QStringList lines;
    for (const HostProcess &process : processes)
        lines << QStringLiteral("%1 %2 (group %3)").arg(process.pid).arg(QString::fromUtf8(process.name)).arg(process.group);
    return lines;
}

inline QStringList stillAlive(const QList<HostProcess> &processes)
{
    QList<HostProcess> alive;
    for (const HostProcess &process : processes) {
        if (isAlive(process))
            alive << process;
    }
    return describe(alive);
}

inline bool hasProcessNamed(const QList<HostProcess> &processes, const QByteArray &name)
{
    return std::any_of(processes.cbegin(), processes.cend(),
                       [&name](const HostProcess &process) { return process.name == name; });
}
