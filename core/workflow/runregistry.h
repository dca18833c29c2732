// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>

class QFileSystemWatcher;

// Which SpawnAI process runs which session. Local sandboxes live inside the
// process that made them, so `spawnai stop ID` from another process asks the
// owner through a file in <data dir>/run/, which the owner watches.
class RunRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRegistry)

public:
    explicit RunRegistry(QObject *parent = nullptr);
    ~RunRegistry() override;

    static QString runDir();

    // This process runs `sessionId` from now on / no longer.
    void claim(const QString &sessionId);
    void release(const QString &sessionId);

    // The pid of the live process that runs `sessionId`, or 0.
    static qint64 owner(const QString &sessionId);
    // Asks the owner to stop the session; false when no live process owns it.
    static bool requestStop(const QString &sessionId);

signals:
    void stopRequested(const QString &sessionId);

private:
    void scan();

    QFileSystemWatcher *m_watcher;
    QSet<QString> m_claimed;
};
