// SPDX-License-Identifier: MIT
#include "costsnapshotload.h"

#include "store/database.h"
#include "store/migration.h"

#include <QThread>

struct CostSnapshotLoad::Result
{
    CostSnapshot snapshot;
    SpawnError error;
};

CostSnapshotLoad::CostSnapshotLoad(const QString &databaseFile, const CostPeriod &period, QObject *parent)
    : AsyncOperation(parent)
    , m_file(databaseFile)
    , m_period(period)
    , m_result(std::make_shared<Result>())
{
}

CostSnapshotLoad::~CostSnapshotLoad()
{
    cancel();
}

SpawnError CostSnapshotLoad::load(Database &database, const CostPeriod &period, CostSnapshot *out)
{
    *out = {};
    out->period = period;
    const CostTracker tracker(database);
    const CostAnalytics analytics(database);
    SpawnError error = tracker.report(period, 0, &out->report);
    if (!error.isError())
        error = analytics.activity(period, &out->activity);
    if (!error.isError())
        error = analytics.stepMedians(period, &out->steps);
    if (!error.isError())
        error = analytics.repairRounds(period, &out->repairs);
    if (!error.isError())
        error = analytics.sessions(period, &out->sessions);
    if (!error.isError())
        error = analytics.estimateAccuracy(period, &out->accuracy);
    if (!error.isError())
        error = tracker.monthSpent(QDateTime::currentDateTimeUtc().date(), &out->monthSpent);
    return error;
}

void CostSnapshotLoad::start()
{
    if (m_started)
        return;
    m_started = true;
    // The thread owns copies and the shared result only: it never touches
    // this object, which may be gone before it ends.
    QThread *thread = QThread::create([file = m_file, period = m_period, result = m_result] {
        Database database(file, builtinMigrations());
        result->error = database.open();
        if (!result->error.isError())
            result->error = load(database, period, &result->snapshot);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this] {
        if (isFinished())
            return;
        if (m_result->error.isError()) {
            finishWithError(m_result->error);
            return;
        }
        m_snapshot = std::move(m_result->snapshot);
        finishSuccess();
    });
    thread->start();
}

void CostSnapshotLoad::abortWork()
{
    // SQLite cannot be stopped from here; the thread ends on its own and
    // its result is dropped with the last reference to it.
}
