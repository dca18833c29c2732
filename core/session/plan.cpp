// SPDX-License-Identifier: MIT
#include "plan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace std::chrono_literals;

PlanLimits planLimits(Plan plan)
{
    switch (plan) {
    case Plan::Hobby:
        return {20, DefaultLifetime, 1h, 1};
    case Plan::Pro:
        return {100, DefaultLifetime, 24h, 5};
    }
    return {20, DefaultLifetime, 1h, 1};
}

QString planToString(Plan plan)
{
    return plan == Plan::Pro ? QStringLiteral("pro") : QStringLiteral("hobby");
}

QString planDisplayName(Plan plan)
{
    return plan == Plan::Pro ? QStringLiteral("Pro") : QStringLiteral("Hobby");
}

bool planFromString(const QString &text, Plan *plan)
{
    if (text == u"hobby")
        *plan = Plan::Hobby;
    else if (text == u"pro")
        *plan = Plan::Pro;
    else
        return false;
    return true;
}

QDateTime extendedEnd(Plan plan, const PlanLimits &limits, const QDateTime &createdAt, const QDateTime &currentEnd,
                      std::chrono::seconds more, SpawnError *refusal)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime ceiling = createdAt.addSecs(limits.maxLifetime.count());
    // From the current end, so that every press of Extend adds a step: the
    // button used to move the end to now + the default, which gave nothing
    // to a sandbox made with that default.
    const std::chrono::seconds step = more.count() > 0 ? more : limits.defaultTimeout;
    const QDateTime wanted = std::min(std::max(currentEnd, now).addSecs(step.count()), ceiling);
    // Less than a minute more (half a step, when steps are shorter) is not
    // worth a request, and tells the user that the plan, not the button, is
    // the limit.
    if (wanted < currentEnd.addSecs(std::clamp<qint64>(step.count() / 2, 1, 60))) {
        // A variable, not an expression: lupdate 6.4 hangs on a division
        // inside translate()'s arguments.
        const int maxMinutes = int(limits.maxLifetime.count() / 60);
        *refusal = SpawnError::user(
            QCoreApplication::translate("Plan", "The %1 plan runs a sandbox for at most %n minute(s); this one has reached it.",
                                        nullptr, maxMinutes)
                .arg(planToString(plan)));
        return {};
    }
    return wanted;
}
