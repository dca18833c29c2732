// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

// A scripted misbehaviour of the fake E2B server. `route` names the requests
// it applies to, as FakeE2bServer::Received::route does ("api POST
// /sandboxes", "envd POST /files", "port 3000"); a trailing '*' matches any
// route with that prefix. The first `skip` matching requests pass, the next
// `times` get the fault, later ones pass again.
struct FakeE2bFault
{
    enum class Action
    {
        Respond,    // answer `status` with `body` (default: what E2B answers then) and `headers`
        Drop,       // close the connection once the head arrived (mid-upload), no answer
        CutStream,  // a Start stream stops after `cutAfterFrames` frames, without its end
        Delay,      // wait `delay`, then handle the request normally
    };

    QString route;
    Action action = Action::Respond;
    int skip = 0;
    int times = 1;
    int status = 500;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int cutAfterFrames = -1;  // -1: every frame but the end-of-stream one
    std::chrono::milliseconds delay{0};

    static FakeE2bFault respond(const QString &route, int status, const QByteArray &body = {},
                                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FakeE2bFault drop(const QString &route);
    static FakeE2bFault cutStream(const QString &route, int afterFrames = -1);
    static FakeE2bFault delayed(const QString &route, std::chrono::milliseconds delay);
    FakeE2bFault &after(int matchingRequests) { skip = matchingRequests; return *this; }
    FakeE2bFault &repeat(int count) { times = count; return *this; }
};

// The installed faults and how many requests each has seen.
class FakeE2bFaultPlan
{
public:
    void add(const FakeE2bFault &fault);
    void clear();
    // Counts the request against every fault whose route matches and
    // returns the first one that applies to it, if any. Drop faults are
    // looked up when the head arrives (`atHead`), the others once the
    // request is complete.
    std::optional<FakeE2bFault> take(const QString &route, bool atHead);

    static bool matches(const QString &pattern, const QString &route);

private:
    struct Entry
    {
        FakeE2bFault fault;
        int seen = 0;
    };
    QList<Entry> m_entries;
};
