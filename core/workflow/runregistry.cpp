// SPDX-License-Identifier: MIT
#include "runregistry.h"

#include "common/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>

#include <csignal>
#include <unistd.h>

namespace {
QString pidFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".pid";
}

QString stopFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".stop";
}

// Session ids are UUIDs; anything else never becomes part of a path.
bool isSafeId(const QString &sessionId)
{
    if (sessionId.isEmpty() || sessionId.size() > 64)
        return false;
    for (const QChar c : sessionId) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}
} // namespace

RunRegistry::RunRegistry(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_watcher->addPath(runDir());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RunRegistry::scan);
}

RunRegistry::~RunRegistry()
{
    const QSet<QString> claimed = m_claimed;
    for (const QString &id : claimed)
        release(id);
}

QString RunRegistry::runDir()
{
    const QString dir = Paths::dataDir() + u"/run";
    QDir().mkpath(dir);
    return dir;
}

void RunRegistry::claim(const QString &sessionId)
{
    if (!isSafeId(sessionId))
        return;
    QFile::remove(stopFile(sessionId));
    QFile file(pidFile(sessionId));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(QCoreApplication::applicationPid()));
    m_claimed.insert(sessionId);
}

void RunRegistry::release(const QString &sessionId)
{
    if (!m_claimed.remove(sessionId))
        return;
    QFile::remove(stopFile(sessionId));
    QFile::remove(pidFile(sessionId));
}

qint64 RunRegistry::owner(const QString &sessionId)
{
    if (!isSafeId(sessionId))
        return 0;
    QFile file(pidFile(sessionId));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.readAll().trimmed().toLongLong();
    // A pid file left by a crash names a process that is gone.
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return 0;
    return pid;
}

bool RunRegistry::requestStop(const QString &sessionId)
{
    if (owner(sessionId) == 0)
        return false;
    QFile file(stopFile(sessionId));
    return file.open(QIODevice::WriteOnly);
}

void RunRegistry::scan()
{
    const QSet<QString> claimed = m_claimed;
    for (const QString &id : claimed) {
        if (QFile::exists(stopFile(id))) {
            QFile::remove(stopFile(id));
            emit stopRequested(id);
        }
    }
}
