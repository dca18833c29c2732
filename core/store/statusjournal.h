// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sessionevent.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// The one place a session's status changes in the database. Both run inside
// the caller's transaction, so the status and its journal entry are written
// together or not at all.
namespace StatusJournal {

// The stored status; nullopt for an unknown id (or a failure, then `error` is set).
std::optional<SessionStatus> readStatus(const QSqlDatabase &db, const QString &id,
                                        QSqlError &error);

// Moves `id` from `from` to `to` (the caller has checked isTransitionAllowed)
// and journals it as `event` and as session.status (with session.error
// when `failure` is given) in the change feed. With `failure`, also stores the error. Entering
// a terminal status clears the app URL; going back to queued clears the error.
bool applyMove(const QSqlDatabase &db, const QString &id, SessionStatus from, SessionStatus to,
               const QString &detail, const SpawnError *failure, SessionEvent &event,
               QSqlError &error);

} // namespace StatusJournal
