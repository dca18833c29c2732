// SPDX-License-Identifier: MIT
#include "logchangebatcher.h"

#include "changetable.h"
#include "database.h"
#include "transaction.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcLogChanges, "spawnai.store.logchanges")
} // namespace

LogChangeBatcher::LogChangeBatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogChangeBatcher::flush);
}

LogChangeBatcher::~LogChangeBatcher() = default;

SessionLog::Written LogChangeBatcher::writer(LogChangeBatcher *batcher, const QString &sessionId)
{
    return [guard = QPointer<LogChangeBatcher>(batcher), sessionId](qint64 from, qint64 to) {
        if (guard)
            guard->note(sessionId, from, to);
    };
}

void LogChangeBatcher::note(const QString &sessionId, qint64 from, qint64 to)
{
    if (to <= from)
        return;
    auto it = m_pending.find(sessionId);
    if (it == m_pending.end())
        m_pending.insert(sessionId, {from, to});
    else
        it->second = to;
    // Started by the first output only: steady output cannot push the change back forever.
    if (!m_timer->isActive())
        m_timer->start();
}

bool LogChangeBatcher::writePending(const QSqlDatabase &db, const QString &sessionId, QSqlError &error)
{
    const auto it = m_pending.constFind(sessionId);
    if (it == m_pending.cend())
        return true;
    if (!ChangeTable::appendLog(db, sessionId, it->first, it->second, error))
        return false;
    // Forgotten before the commit: a rolled back move loses a log pointer, never repeats one.
    m_pending.erase(it);
    return true;
}

void LogChangeBatcher::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty() || !m_database.isOpen())
        return;
    const QHash<QString, std::pair<qint64, qint64>> pending = std::exchange(m_pending, {});
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlError error;
    bool ok = transaction.begin();
    for (auto it = pending.cbegin(); ok && it != pending.cend(); ++it)
        ok = ChangeTable::appendLog(db, it.key(), it.value().first, it.value().second, error);
    if (!ok || !transaction.commit()) {
        qCWarning(lcLogChanges) << "Could not record the log output in the feed:"
                                << (error.isValid() ? error : transaction.lastError()).text();
        return;
    }
    emit written();
}
