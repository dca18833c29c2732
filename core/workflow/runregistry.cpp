// SPDX-License-Identifier: MIT
#include "runregistry.h"

#include "common/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString pidFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".pid";
}

QString stopFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".stop";
}

QString extendFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".extend";
}

QString extendAnswerFile(const QString &sessionId)
{
    return RunRegistry::runDir() + u'/' + sessionId + u".extended";
}

// Written whole under a temporary name, then renamed: whoever watches the
// folder never reads half of it.
bool writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

// When the process started, in clock ticks since boot (/proc/PID/stat's
// 22nd field), or -1 when it is gone or a zombie. A pid alone names a
// different process once the kernel reuses it after a crash.
qint64 startTicks(qint64 pid)
{
    QFile stat(u"/proc/"_s + QString::number(pid) + u"/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name in parentheses may hold spaces: fields count from the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z")
        return -1;
    return fields.at(19).toLongLong();
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
    const qint64 pid = QCoreApplication::applicationPid();
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(pid) + ' ' + QByteArray::number(startTicks(pid)));
    m_claimed.insert(sessionId);
}

void RunRegistry::release(const QString &sessionId)
{
    if (!m_claimed.remove(sessionId))
        return;
    QFile::remove(stopFile(sessionId));
    QFile::remove(extendFile(sessionId));
    QFile::remove(pidFile(sessionId));
}

qint64 RunRegistry::owner(const QString &sessionId)
{
    if (!isSafeId(sessionId))
        return 0;
    QFile file(pidFile(sessionId));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    const qint64 pid = fields.at(0).toLongLong();
    // A pid file left by a crash names a process that is gone, a zombie,
    // or by now another process with the same pid. Files without the start
    // time (before 2026-12) can only be checked for the pid.
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return 0;
    const qint64 started = startTicks(pid);
    if (started < 0 || (fields.size() > 1 && fields.at(1).toLongLong() != started))
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

bool RunRegistry::requestExtend(const QString &sessionId, std::chrono::seconds more)
{
    if (owner(sessionId) == 0)
        return false;
    QFile::remove(extendAnswerFile(sessionId));
    return writeAtomically(extendFile(sessionId), QByteArray::number(qint64(more.count())));
}

void RunRegistry::answerExtend(const QString &sessionId, const QDateTime &expiresAt, const SpawnError &error)
{
    if (!isSafeId(sessionId))
        return;
    QJsonObject answer;
    if (error.isError())
        answer.insert(QStringLiteral("error"), error.message);
    else
        answer.insert(QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    writeAtomically(extendAnswerFile(sessionId), QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

bool RunRegistry::takeExtendAnswer(const QString &sessionId, QDateTime *expiresAt, SpawnError *error)
{
    if (!isSafeId(sessionId))
        return false;
    QFile file(extendAnswerFile(sessionId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject answer = QJsonDocument::fromJson(file.readAll()).object();
    file.remove();
    if (answer.contains(u"error"))
        *error = SpawnError::user(answer.value(u"error").toString());
    else
        *expiresAt = QDateTime::fromString(answer.value(u"expiresAt").toString(), Qt::ISODateWithMs);
    return true;
}

void RunRegistry::scan()
{
    const QSet<QString> claimed = m_claimed;
    for (const QString &id : claimed) {
        if (QFile::exists(stopFile(id))) {
            QFile::remove(stopFile(id));
            emit stopRequested(id);
        }
        if (QFile file(extendFile(id)); file.open(QIODevice::ReadOnly)) {
            const qint64 seconds = file.readAll().trimmed().toLongLong();
            file.remove();
            emit extendRequested(id, std::chrono::seconds(std::max<qint64>(0, seconds)));
        }
    }
}
