// SPDX-License-Identifier: MIT
#pragma once

#include "sessionevent.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// The session_events table. Writes run inside the caller's transaction, so
// an event is journaled together with the change it describes.
namespace EventTable {

// Stores `event` and fills in its id.
bool insert(const QSqlDatabase &db, SessionEvent &event, QSqlError &error);
// Oldest first; only events with an id above `afterId`, so a live view can
// fetch just what is new.
QList<SessionEvent> list(const QSqlDatabase &db, const QString &sessionId, qint64 afterId);

} // namespace EventTable
