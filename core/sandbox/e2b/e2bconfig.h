// SPDX-License-Identifier: MIT
#pragma once

#include "net/retrypolicy.h"
#include "session/plan.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

// Everything the E2B client needs to know, read as the official SDK reads it
// (E2B_API_KEY, E2B_DOMAIN, E2B_API_URL, E2B_SANDBOX_URL) plus SpawnAI's own
// choices. The key may come from the keychain instead: this only holds the
// value it is given and never logs it.
struct E2bConfig
{
    QString apiKey;
    QString domain = QStringLiteral("e2b.app");
    QUrl apiUrl;      // empty: https://api.{domain}
    QUrl sandboxUrl;  // E2B_SANDBOX_URL: every envd call goes there, routed by headers
    QString templateId = QStringLiteral("base");
    Plan plan = Plan::Hobby;
    // MAX_CONCURRENT_SESSIONS: fewer sandboxes at once than the plan allows;
    // 0 (or more than the plan's) for the plan's own.
    int maxConcurrentSessions = 0;
    QString installId;  // metadata installId: which sandboxes this installation owns
    // Public traffic off: port URLs need the e2b-traffic-access-token header.
    bool privatePreview = false;
    // Installs reach the install hosts: the sandbox is created with egress
    // denied but for them, and gets the session's own network before the
    // app's code runs (docs/e2b.md). Off: internet exactly as the session
    // asks, from the start.
    bool internetForInstalls = true;

    RetryPolicy retry;
    std::chrono::milliseconds requestTimeout{60000};
    // envd sends a keepalive frame this often on an idle stream.
    std::chrono::seconds keepaliveInterval{50};
    // Kills are retried this many times before the sweep takes over.
    int killAttempts = 5;
    // E2B keeps a paused sandbox until it is killed, and SpawnAI cannot
    // resume one yet: the sweep ends a paused sandbox after this long.
    std::chrono::hours pausedRetention{24 * 30};
    // A creation answered 429 again and again gives up after this long.
    std::chrono::seconds maxQueuedWait{900};
    std::chrono::milliseconds probeInterval{250};

    static E2bConfig fromEnvironment(const QProcessEnvironment &environment);

    // The plan's limits, with the concurrency lowered as above.
    PlanLimits limits() const;
    QUrl effectiveApiUrl() const;
    // envd of one sandbox: E2B_SANDBOX_URL when set, else its own host
    // https://49983-{id}.{domain}, so long streams do not share QNAM's six
    // connections per host with every other sandbox.
    QUrl envdUrl(const QString &sandboxId, const QString &sandboxDomain = {}) const;
    // https://{port}-{id}.{domain}; with E2B_SANDBOX_URL, its scheme and
    // host:port with "{port}-{id}." before the host.
    QUrl portUrl(const QString &sandboxId, int port, const QString &sandboxDomain = {}) const;
};
