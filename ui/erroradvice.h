// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>

// What helps with a stored error: trying again, a different API key, or a
// higher limit (the plan or the sandbox's). The session view offers the
// matching button next to the message.
class ErrorAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvice)

public:
    enum class Action
    {
        None,
        Retry,
        EditKey,
        RaiseLimit,
    };

    static Action actionFor(const SpawnError &error);
};
