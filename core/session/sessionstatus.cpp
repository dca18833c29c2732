// SPDX-License-Identifier: MIT
#include "sessionstatus.h"

#include <array>
#include <utility>

namespace {
using S = SessionStatus;

constexpr std::array<std::pair<S, const char16_t *>, 12> Names{{
    {S::Queued, u"queued"},
    {S::Generating, u"generating"},
    {S::Validating, u"validating"},
    {S::Provisioning, u"provisioning"},
    {S::Deploying, u"deploying"},
    {S::Starting, u"starting"},
    {S::Ready, u"ready"},
    {S::Updating, u"updating"},
    {S::Stopped, u"stopped"},
    {S::Expired, u"expired"},
    {S::Failed, u"failed"},
    {S::Cancelled, u"cancelled"},
}};

// The forward path of a spawn. A template or a stored app skips generation
// and validation (queued -> provisioning); a redeploy of stored files starts
// again from queued.
constexpr std::array<std::pair<S, S>, 17> ForwardMoves{{
    {S::Queued, S::Generating},
    {S::Queued, S::Provisioning},
    {S::Generating, S::Validating},
    {S::Validating, S::Generating},  // a repair round asks the model again
    {S::Validating, S::Provisioning},
    {S::Validating, S::Deploying},   // a repaired or changed app, into the same sandbox
    {S::Provisioning, S::Deploying},
    {S::Provisioning, S::Queued},    // the plan's limits hold the sandbox back
    {S::Deploying, S::Starting},
    {S::Deploying, S::Generating},   // install or build failed: repair
    {S::Starting, S::Ready},
    {S::Starting, S::Generating},    // start or readiness failed: repair
    {S::Ready, S::Updating},
    {S::Updating, S::Ready},
    {S::Updating, S::Generating},    // a follow-up asks the model
    {S::Updating, S::Deploying},
    {S::Updating, S::Validating},
}};
} // namespace

QString sessionStatusToString(SessionStatus status)
{
    for (const auto &[value, name] : Names) {
        if (value == status)
            return QString::fromUtf16(name);
    }
    return {};
}

bool sessionStatusFromString(const QString &text, SessionStatus *status)
{
    for (const auto &[value, name] : Names) {
        if (text == QStringView(name)) {
            *status = value;
            return true;
        }
    }
    return false;
}

bool isTerminal(SessionStatus status)
{
    switch (status) {
    case S::Stopped:
    case S::Expired:
    case S::Failed:
    case S::Cancelled:
        return true;
    case S::Queued:
    case S::Generating:
    case S::Validating:
    case S::Provisioning:
    case S::Deploying:
    case S::Starting:
    case S::Ready:
    case S::Updating:
        return false;
    }
    return false;
}

bool isTransitionAllowed(SessionStatus from, SessionStatus to)
{
    // A terminal state ends one sandbox run, not the session: redeploying its
    // stored files starts a new run of the same session from the queue.
    if (isTerminal(from))
        return to == S::Queued;
    switch (to) {
    case S::Stopped:
    case S::Failed:
    case S::Cancelled:
        return true;  // any live session can end these ways
    case S::Expired:
        return from == S::Ready || from == S::Updating || from == S::Starting;
    case S::Queued:
    case S::Generating:
    case S::Validating:
    case S::Provisioning:
    case S::Deploying:
    case S::Starting:
    case S::Ready:
    case S::Updating:
        break;
    }
    for (const auto &[a, b] : ForwardMoves) {
        if (a == from && b == to)
            return true;
    }
    return false;
}
