// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// What a purge erases, in one place: the session's timeline, every version
// with its files, the conversation with the model, the sandbox readings,
// and from its row the prompt, the template, the address, the sandbox id
// and the error. What stays is anonymous: the row's id, type, provider,
// model, sandbox kind, times and costs, marked purged_at, and the cost rows
// that point at it (llm_usage, usage_metrics) with the per-day summaries
// their triggers keep, none of which is touched, so the month's spend is
// exactly what it was. The caller runs it inside its transaction.
class SessionPurge final
{
public:
    // False with `error` set at the first statement that fails; the
    // caller's transaction then rolls everything back.
    static bool erase(const QSqlDatabase &db, const QString &sessionId, QSqlError &error);
};
