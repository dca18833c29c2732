// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "sandbox/sandboxkind.h"
#include "sessionevent.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// After SpawnAI ended without stopping its sessions (a crash, a kill, a power
// cut), the history still shows them live although their local sandboxes
// died with the process. This moves them to stopped, in one transaction.
// A session whose cloud sandbox may still run (SandboxLedger::mayStillRun:
// live, kept or being killed, and its end has not passed) stays as it is:
// it ends once the sweep knows the sandbox is gone (sandboxEndedReason()),
// never before. Kept sessions past their end are the caller's to leave
// (`isStillRunning`): they end as kept ones do.
namespace CrashReconciler {

// Fills `events` with one stopped transition per session it moved.
bool stopSessionsLeftRunning(const QSqlDatabase &db, QList<SessionEvent> &events,
                             QSqlError &error,
                             const std::function<bool(const QString &)> &isStillRunning = {});

// Whether the ledger holds a cloud sandbox of session `id` that may still
// run (SandboxLedger::mayStillRun).
bool hasSandboxThatMayRun(const QSqlDatabase &db, const QString &id);

// What the user reads in the timeline and as the session's error.
QString reason(const QString &id, SandboxKind sandboxKind, bool hasFiles);
// The same for a session whose cloud sandbox outlived SpawnAI, once it is
// known to be gone: SpawnAI killed it, or E2B ended it, at `endedAt`.
QString sandboxEndedReason(const QString &id, SandboxKind sandboxKind, bool hasFiles, bool killedBySpawnAi,
                           const QDateTime &endedAt);
QString nextStep(const QString &id, bool hasFiles);

} // namespace CrashReconciler
