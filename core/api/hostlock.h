// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// One host per data folder: an exclusive flock() on <data>/host.lock, held
// while this object lives. The kernel drops the lock with the process, so a
// crash (kill -9 included) cannot leave it stuck, and the descriptor is
// close-on-exec so no sandbox or child process inherits it.
class HostLock final
{
public:
    explicit HostLock(const QString &dataDir);
    ~HostLock();
    HostLock(const HostLock &) = delete;
    HostLock &operator=(const HostLock &) = delete;

    // Takes the lock; false when another process holds it (holderPid()
    // then names it when it could be read) or the file cannot be opened
    // (errorString()).
    bool tryLock();
    bool isLocked() const { return m_fd >= 0; }
    void unlock();
    qint64 holderPid() const { return m_holderPid; }
    QString errorString() const { return m_error; }

    static QString filePath(const QString &dataDir);
    // Whether some process holds the lock of `dataDir` right now.
    static bool isHeld(const QString &dataDir, qint64 *holderPid = nullptr);

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
    QString m_error;
};
