// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionstatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

enum class EventKind
{
    Created,     // the session row was written
    Transition,  // the status moved; from/to are set
    Step,        // a step of the workflow: "writing 12 files", "saved version 2"
    Log,         // a line of output from the sandbox or the build
};

QString eventKindToString(EventKind kind);
// Returns false for an unknown name and leaves `kind` alone.
bool eventKindFromString(const QString &text, EventKind *kind);

// One entry of a session's timeline.
struct SessionEvent
{
    qint64 id = 0;  // increases with time within a database
    QString sessionId;
    QDateTime time;
    EventKind kind = EventKind::Step;
    std::optional<SessionStatus> fromStatus;
    std::optional<SessionStatus> toStatus;
    QString detail;
};

Q_DECLARE_METATYPE(SessionEvent)
