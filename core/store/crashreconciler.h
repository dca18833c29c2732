// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "sessionevent.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// After SpawnAI ended without stopping its sessions (a crash, a kill, a power
// cut), the history still shows them live although their local sandboxes
// died with the process. This moves them to stopped, in one transaction.
namespace CrashReconciler {

// Fills `events` with one stopped transition per session it moved.
bool stopSessionsLeftRunning(const QSqlDatabase &db, QList<SessionEvent> &events,
                             QSqlError &error,
                             const std::function<bool(const QString &)> &isStillRunning = {});

// What the user reads in the timeline and as the session's error.
QString reason(const QString &id, const QString &sandboxKind, bool hasFiles);

} // namespace CrashReconciler
