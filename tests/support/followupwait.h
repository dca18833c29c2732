// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/followup.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

// Waits until the runner took `change` (accepted()) or it was refused, and
// gives its refusal, or none. Dropping the operation leaves the change
// running, as it does for the window.
inline SpawnError followUpRefusal(FollowUp *change, int timeoutMs = 5000)
{
    const std::unique_ptr<FollowUp> owned(change);
    bool accepted = false;
    QObject::connect(change, &FollowUp::accepted, change, [&accepted] { accepted = true; });
    const QDeadlineTimer deadline(timeoutMs);
    while (!accepted && !change->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!accepted && !change->isFinished())
        return SpawnError::system(QStringLiteral("the follow-up was neither accepted nor refused"));
    return change->wasRefused() ? change->error() : SpawnError{};
}
