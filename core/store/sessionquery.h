// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QList>
#include <QString>

#include <optional>

// A page of the history, newest first. Empty filters match everything;
// filters combine with AND.
struct SessionQuery
{
    enum class Order
    {
        LastActivity,  // updated_at: what the command line's list shows
        Created,       // created_at: a sidebar where running sessions do not jump
    };

    QList<SessionStatus> statuses;  // any of these
    QList<AppType> appTypes;        // any of these
    std::optional<SandboxKind> sandboxKind;  // none: any
    // Matched literally (quotes, %, _ are plain characters) anywhere in the
    // prompt; case-insensitive for ASCII letters.
    QString promptSearch;
    Order order = Order::LastActivity;
    int limit = 50;  // <= 0: no limit
    int offset = 0;

    // The filters' test for one session the store reports changed, without
    // a query: the same as the SQL's (limit and offset aside).
    bool matches(const Session &session) const;
};
