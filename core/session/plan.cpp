// SPDX-License-Identifier: MIT
#include "plan.h"

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
