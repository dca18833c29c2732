// SPDX-License-Identifier: MIT
#pragma once

#include "usagerecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// The usage_metrics and llm_usage tables: what each session cost.
namespace UsageTable {

// Inserts a record with id 0 (filling in id, and the start time if unset),
// otherwise updates that row of the same session.
bool save(const QSqlDatabase &db, UsageRecord &record, QSqlError &error, bool *found);
QList<UsageRecord> list(const QSqlDatabase &db, const QString &sessionId);
// Runs of a cloud sandbox with no end time yet, every session.
QList<UsageRecord> listOpenCloudRuns(const QSqlDatabase &db);

bool insertSample(const QSqlDatabase &db, const UsageSample &sample, QSqlError &error);
QList<UsageSample> listSamples(const QSqlDatabase &db, const QString &sessionId);

// Fills in id, and the time if unset.
bool insertLlm(const QSqlDatabase &db, LlmUsageRecord &record, QSqlError &error);
QList<LlmUsageRecord> listLlm(const QSqlDatabase &db, const QString &sessionId);

} // namespace UsageTable
