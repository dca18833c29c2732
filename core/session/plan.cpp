// SPDX-License-Identifier: MIT
#include "plan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace std::chrono_literals;

PlanLimits planLimits(Plan plan)
{
    switch (plan) {
    case Plan::Hobby:
        return {20, 1h, 1h, 1};
    case Plan::Pro:
        return {100, 24h, 24h, 5};
    }
    return {20, 1h, 1h, 1};
}

QString planToString(Plan plan)
{
    return plan == Plan::Pro ? QStringLiteral("pro") : QStringLiteral("hobby");
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

QDateTime extendedEnd(Plan plan, const QDateTime &createdAt, const QDateTime &currentEnd, std::chrono::seconds more,
                      SpawnError *refusal)
{
    const PlanLimits limits = planLimits(plan);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime ceiling = createdAt.addSecs(limits.maxLifetime.count());
    const QDateTime asked = more.count() > 0 ? std::max(currentEnd, now).addSecs(more.count())
                                             : now.addSecs(limits.defaultTimeout.count());
    const QDateTime wanted = std::min(asked, ceiling);
    // Less than a minute more is not worth a request, and tells the user
    // that the plan, not the button, is the limit.
    if (wanted < currentEnd.addSecs(60)) {
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
