// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QList>
#include <QString>

#include <optional>

// A page of the history, newest activity (updated_at) first. Empty filters
// match everything; filters combine with AND.
struct SessionQuery
{
    QList<SessionStatus> statuses;  // any of these
    std::optional<AppType> appType;
    QString sandboxKind;  // "local", "e2b"
    // Matched literally (quotes, %, _ are plain characters) anywhere in the
    // prompt; case-insensitive for ASCII letters.
    QString promptSearch;
    int limit = 50;  // <= 0: no limit
    int offset = 0;
};
