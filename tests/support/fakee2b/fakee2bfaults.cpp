// SPDX-License-Identifier: MIT
#include "fakee2bfaults.h"

FakeE2bFault FakeE2bFault::respond(const QString &route, int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FakeE2bFault fault;
    fault.route = route;
    fault.status = status;
    fault.body = body;
    fault.headers = headers;
    return fault;
}

FakeE2bFault FakeE2bFault::drop(const QString &route)
{
    FakeE2bFault fault;
    fault.route = route;
    fault.action = Action::Drop;
    return fault;
}

FakeE2bFault FakeE2bFault::cutStream(const QString &route, int afterFrames)
{
    FakeE2bFault fault;
    fault.route = route;
    fault.action = Action::CutStream;
    fault.cutAfterFrames = afterFrames;
    return fault;
}

FakeE2bFault FakeE2bFault::delayed(const QString &route, std::chrono::milliseconds delay)
{
    FakeE2bFault fault;
    fault.route = route;
    fault.action = Action::Delay;
    fault.delay = delay;
    return fault;
}

void FakeE2bFaultPlan::add(const FakeE2bFault &fault)
{
    m_entries.append({fault, 0});
}

void FakeE2bFaultPlan::clear()
{
    m_entries.clear();
}

bool FakeE2bFaultPlan::matches(const QString &pattern, const QString &route)
{
    if (pattern.endsWith(u'*'))
        return route.startsWith(QStringView(pattern).chopped(1));
    return pattern == route;
}

std::optional<FakeE2bFault> FakeE2bFaultPlan::take(const QString &route, bool atHead)
{
    std::optional<FakeE2bFault> chosen;
    for (Entry &entry : m_entries) {
        const bool dropFault = entry.fault.action == FakeE2bFault::Action::Drop;
        if (dropFault != atHead || !matches(entry.fault.route, route))
            continue;
        const int index = entry.seen++;
        if (!chosen && index >= entry.fault.skip && index < entry.fault.skip + entry.fault.times)
            chosen = entry.fault;
    }
    return chosen;
}
