// SPDX-License-Identifier: MIT
#pragma once

// What a killed `spawnai` may leave behind, checked the same way by the
// crash tests of the command line, the E2B test server and the API host
// (tests/app/test_cli_crashsteps.cpp, tests/e2b/test_e2b_crashsteps.cpp,
// tests/api/test_api_crash.cpp; docs/store.md, "Crashes at every step").

#include "hostprocesses.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace CrashChecks {

// The HTTP status the app answers with at `url` (0 when nothing answers),
// directly or through `proxy` (the fake E2B server's port URLs).
inline int httpStatus(const QUrl &url, const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::NoProxy))
{
    QNetworkAccessManager network;
    network.setProxy(proxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

// The sessions' statuses in the order a spawn with a follow-up journals
// them; SPAWNAI_CRASH_TEST_STOP_AFTER takes each (app/crashtesthook.h).
inline const QStringList &steps()
{
    static const QStringList all{QStringLiteral("queued"),     QStringLiteral("generating"),
                                 QStringLiteral("validating"), QStringLiteral("provisioning"),
                                 QStringLiteral("deploying"),  QStringLiteral("starting"),
                                 QStringLiteral("ready"),      QStringLiteral("updating")};
    return all;
}

// Whether a session killed right after `step` had saved its app: from
// provisioning on (validation stores it). Before, there is nothing to
// redeploy, and the reason says to spawn the kept prompt again.
inline bool hasSavedApp(const QString &step)
{
    return steps().indexOf(step) >= steps().indexOf(QStringLiteral("provisioning"));
}

// Whether a sandbox runs once the journal holds `step` (one is made
// while provisioning, and runs from deploying on).
inline bool hasSandbox(const QString &step)
{
    return steps().indexOf(step) >= steps().indexOf(QStringLiteral("deploying"));
}

inline bool isTerminal(const QString &status)
{
    return status == u"stopped" || status == u"expired" || status == u"failed" || status == u"cancelled";
}

// Whether the hook's SIGSTOP has taken effect ('T' in /proc/PID/stat).
inline bool isStopped(qint64 pid)
{
    const auto process = readProcess(pid);
    return process && (process->state == 'T' || process->state == 't');
}

// Runs `work` on a connection of its own to the data folder's history.
template<typename Work>
inline void withHistory(const QString &dataDir, bool readOnly, Work work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/spawnai.sqlite"));
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            work(db);
    }
    QSqlDatabase::removeDatabase(name);
}

inline QString integrity(const QString &dataDir)
{
    QString answer = QStringLiteral("(could not open the history)");
    withHistory(dataDir, false, [&answer](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            answer = query.lastError().text();
        else
            answer = query.next() ? query.value(0).toString() : QStringLiteral("(no answer)");
    });
    return answer;
}

// The history and cost tables: how many rows each held, and its last
// rowid (0 for the WITHOUT ROWID day totals, which are only counted).
struct Snapshot
{
    QHash<QString, std::pair<qint64, qint64>> rows;
};

inline const QStringList &historyTables()
{
    static const QStringList tables{QStringLiteral("sessions"),         QStringLiteral("session_events"),
                                    QStringLiteral("app_versions"),     QStringLiteral("app_files"),
                                    QStringLiteral("conversation_messages"), QStringLiteral("llm_usage"),
                                    QStringLiteral("usage_metrics"),    QStringLiteral("cost_days"),
                                    QStringLiteral("cost_session_days")};
    return tables;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

inline Snapshot snapshot(const QString &dataDir)
{
    Snapshot taken;
    withHistory(dataDir, true, [&taken](const QSqlDatabase &db) {
        for (const QString &table : historyTables()) {
            qint64 last = scalar(db, QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM ") + table);
            taken.rows.insert(table, {scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table), last < 0 ? 0 : last});
        }
    });
    return taken;
}

// Rows of `before` that are gone now, as lines for a failure message.
inline QStringList lostRows(const Snapshot &before, const QString &dataDir)
{
    QStringList lost;
    withHistory(dataDir, true, [&](const QSqlDatabase &db) {
        for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
            const auto [count, last] = it.value();
            const qint64 now = last > 0
                ? scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE rowid <= %2").arg(it.key()).arg(last))
                : scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + it.key());
            if (now < count)
                lost << QStringLiteral("%1: %2 row(s) before, %3 of them now").arg(it.key()).arg(count).arg(now);
        }
    });
    if (before.rows.isEmpty())
        lost << QStringLiteral("(no snapshot was taken)");
    return lost;
}

// Control groups under `parent` named for `pid` (ResourceLimiter names them "<pid>-<sandbox>").
inline QStringList groupsOf(const QString &parent, qint64 pid)
{
    QStringList found;
    const QString prefix = QString::number(pid) + u'-';
    for (const QString &child : QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (child.startsWith(prefix))
            found << parent + u'/' + child;
    }
    return found;
}

// What the killed process `pid` left: a sandbox folder in the data folder,
// a control group, or a process it started (`started`, listed before the kill).
inline QStringList leftovers(const QString &dataDir, qint64 pid, const QList<HostProcess> &started = {})
{
    QStringList left;
    for (const QString &entry : QDir(dataDir + QStringLiteral("/sandboxes")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        left << QStringLiteral("sandbox folder ") + entry;
    // The process's groups sit under our own (it inherited it), in each v1
    // hierarchy or in the unified one (docs/local-sandbox.md).
    QFile own(QStringLiteral("/proc/self/cgroup"));
    if (own.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : own.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split(':');
            if (parts.size() != 3)
                continue;
            const QString path = QString::fromUtf8(parts[2]);
            const QString controllers = QString::fromUtf8(parts[1]);
            if (controllers.isEmpty())
                left << groupsOf(QStringLiteral("/sys/fs/cgroup") + path + QStringLiteral("/spawnai"), pid);
            for (const QString &controller : controllers.split(u',', Qt::SkipEmptyParts))
                left << groupsOf(QStringLiteral("/sys/fs/cgroup/") + controller + path + QStringLiteral("/spawnai"), pid);
        }
    }
    left << groupsOf(QStringLiteral("/sys/fs/cgroup/spawnai"), pid);
    left.removeDuplicates();
    for (const QString &process : stillAlive(started))
        left << QStringLiteral("process ") + process;
    return left;
}

} // namespace CrashChecks
