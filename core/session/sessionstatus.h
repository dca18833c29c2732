// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// The life of a session. Allowed moves are listed in one table
// (sessionstatus.cpp); anything else is a bug, never a silent overwrite.
enum class SessionStatus
{
    Queued,
    Generating,
    Validating,
    Provisioning,
    Deploying,
    Starting,
    Ready,
    Updating,
    Stopped,
    Expired,
    Failed,
    Cancelled,
};

QString sessionStatusToString(SessionStatus status);
// Returns false for an unknown name and leaves `status` alone.
bool sessionStatusFromString(const QString &text, SessionStatus *status);
bool isTerminal(SessionStatus status);
bool isTransitionAllowed(SessionStatus from, SessionStatus to);

Q_DECLARE_METATYPE(SessionStatus)
