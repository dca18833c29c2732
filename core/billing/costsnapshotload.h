// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"
#include "costanalytics.h"
#include "costtracker.h"

#include <memory>

class Database;

// Everything the cost dashboard shows for one period.
struct CostSnapshot
{
    CostPeriod period;
    CostReport report;
    QList<DayActivity> activity;
    QList<StepMedian> steps;
    QList<RepairCount> repairs;
    QList<SessionCostRow> sessions;
    QList<EstimateAccuracy> accuracy;
    double monthSpent = 0.0;  // the current UTC month, for the budget gauge
};

// Loads a CostSnapshot on a thread of its own, over a connection of its own
// to the history file (WAL lets it read while the GUI thread writes), so the
// GUI never waits for the queries: on a large history the usage analytics
// take a good part of a second. A cancelled load's thread finishes its
// queries and is dropped; nothing it read is delivered.
class CostSnapshotLoad final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostSnapshotLoad)

public:
    CostSnapshotLoad(const QString &databaseFile, const CostPeriod &period, QObject *parent = nullptr);
    ~CostSnapshotLoad() override;

    void start();
    // Valid once finished successfully.
    const CostSnapshot &snapshot() const { return m_snapshot; }

    // The same queries, on the calling thread.
    static SpawnError load(Database &database, const CostPeriod &period, CostSnapshot *out);

protected:
    void abortWork() override;

private:
    struct Result;

    QString m_file;
    CostPeriod m_period;
    std::shared_ptr<Result> m_result;
    CostSnapshot m_snapshot;
    bool m_started = false;
};
