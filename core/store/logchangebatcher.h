// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionlog.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QObject>
#include <QString>

#include <utility>

class Database;
class QTimer;

// Coalesces a session's log output into few session.log changes: output
// arriving within one interval becomes one change of the byte range it
// wrote, so an app printing thousands of lines a second adds at most a few
// rows a second to session_changes (docs/store.md). The bytes stay in the
// log file; the change says where they are.
class LogChangeBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogChangeBatcher)

public:
    static constexpr int IntervalMs = 250;

    // `database` must outlive the batcher.
    explicit LogChangeBatcher(Database &database, QObject *parent = nullptr);
    ~LogChangeBatcher() override;

    // A SessionLog's report of what it wrote, for `batcher`'s note() while it exists.
    static SessionLog::Written writer(LogChangeBatcher *batcher, const QString &sessionId);
    // Bytes [from, to) of the session's log file were written.
    void note(const QString &sessionId, qint64 from, qint64 to);
    // Writes what waits for one session inside the caller's transaction
    // (before its status moves, so output reads before the move it led to).
    bool writePending(const QSqlDatabase &db, const QString &sessionId, QSqlError &error);
    // Writes everything waiting in a transaction of its own (at the
    // interval, at quit). Emits written() when it wrote.
    void flush();

signals:
    void written();

private:
    Database &m_database;
    QHash<QString, std::pair<qint64, qint64>> m_pending;
    QTimer *m_timer;
};
