// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class ResourceLimiter;

// Makes, on a worker thread, what a local sandbox needs before bubblewrap
// runs: its folder, its /etc files, the dependency cache folder and its
// control group. Each is a few file-system calls, but under load one mkdir
// or cgroup write blocks for milliseconds, and ten sandboxes booting at once
// froze the window that started them for tens of milliseconds.
class LocalSandboxSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxSetup)

public:
    struct Plan
    {
        QString sandboxDir;  // made private to this user, with etc/ and sock/ in it
        QString cacheDir;
        uint uid = 0;
    };

    // Starts at once. The limiter is shared with the worker until it is done.
    LocalSandboxSetup(Plan plan, std::shared_ptr<ResourceLimiter> limiter, QObject *parent = nullptr);
    ~LocalSandboxSetup() override;

    // finished is not emitted, and what was made is removed. After
    // finished, the folder is the sandbox's and cancel does nothing.
    void cancel();
    // For exit paths with no event loop left; the result is then lost.
    void waitForFinished();

signals:
    // The one terminal signal: an empty error when everything is in place.
    void finished(const QString &error);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_reported = false;
    QFutureWatcher<QString> m_watcher;
};
