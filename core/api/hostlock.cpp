// SPDX-License-Identifier: MIT
#include "hostlock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
qint64 readPid(int fd)
{
    char buffer[32] = {};
    const ssize_t count = ::pread(fd, buffer, sizeof buffer - 1, 0);
    return count > 0 ? QByteArray(buffer, int(count)).trimmed().toLongLong() : 0;
}
} // namespace

HostLock::HostLock(const QString &dataDir)
    : m_path(filePath(dataDir))
{
}

HostLock::~HostLock()
{
    unlock();
}

QString HostLock::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("host.lock"));
}

bool HostLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    m_holderPid = 0;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        m_holderPid = readPid(fd);
        ::close(fd);
        return false;
    }
    // The pid is for messages only: the lock, not the file's content, decides.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size())
        m_error = QString::fromLocal8Bit(std::strerror(errno));
    m_fd = fd;
    return true;
}

void HostLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

bool HostLock::isHeld(const QString &dataDir, qint64 *holderPid)
{
    // A shared probe that creates nothing and writes nothing: a host that
    // starts at this moment may find it, for a moment, but never reads a
    // probing process's pid as the holder's.
    const QByteArray path = QFile::encodeName(filePath(dataDir));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    if (held && holderPid)
        *holderPid = readPid(fd);
    if (!held)
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return held;
}
