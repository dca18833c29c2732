// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <chrono>

class QFileSystemWatcher;

// Which SpawnAI process runs which session. Local sandboxes live inside the
// process that made them, so `spawnai stop ID` from another process asks the
// owner through a file in <data dir>/run/, which the owner watches;
// `spawnai extend ID` asks the same way, and the owner answers in a file.
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
    // Asks the owner to extend the session's sandbox by `more` (zero: as
    // the Extend button); false when no live process owns it. The owner
    // answers with answerExtend(); takeExtendAnswer() reads that answer.
    static bool requestExtend(const QString &sessionId, std::chrono::seconds more);
    void answerExtend(const QString &sessionId, const QDateTime &expiresAt, const SpawnError &error);
    // False while no answer is there; else the new end, or the refusal.
    static bool takeExtendAnswer(const QString &sessionId, QDateTime *expiresAt, SpawnError *error);

signals:
    void stopRequested(const QString &sessionId);
    void extendRequested(const QString &sessionId, std::chrono::seconds more);

private:
    void scan();

    QFileSystemWatcher *m_watcher;
    QSet<QString> m_claimed;
};
