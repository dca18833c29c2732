// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

class SessionStore;

// What a purge erases, in one place: the session's timeline, every version
// with its files, the conversation with the model, the sandbox readings,
// and from its row the prompt, the template, the address, the sandbox id
// and the error. What stays is anonymous: the row's id, type, provider,
// model, sandbox kind, times and costs, marked purged_at, and the cost rows
// that point at it (llm_usage, usage_metrics) with the per-day summaries
// their triggers keep, none of which is touched, so the month's spend is
// exactly what it was. SessionStore::purgeSession() runs it.
class SessionPurge final
{
    Q_DECLARE_TR_FUNCTIONS(SessionPurge)

public:
    // All of it in one transaction, refused (user error) for an unknown or
    // live session: a failure at any statement leaves the session whole.
    static SpawnError run(const QSqlDatabase &db, const QString &sessionId);
    // Journals that the session is to be purged (purge_requested_at), the
    // first step of a delete with purge, before its run is stopped: a purge
    // that a crash or an unconfirmed Stop cuts short is then completed.
    static SpawnError request(const QSqlDatabase &db, const QString &sessionId);
    // At start-up, after SessionStore::reconcileAfterCrash(): purges
    // (SessionStore::purgeSession) the sessions whose purge was requested,
    // is not done, and that have ended. Returns their ids; `environments`
    // gets the names of each one's app environment, read before the purge
    // erases them, so that their keychain entries can go too (a crash may
    // have come before the delete removed them).
    static QStringList completePending(SessionStore *store, QHash<QString, QStringList> *environments = nullptr);

private:
    static QStringList pending(const QSqlDatabase &db);
    // False with `error` set at the first statement that fails.
    static bool erase(const QSqlDatabase &db, const QString &sessionId, QSqlError &error);
};
