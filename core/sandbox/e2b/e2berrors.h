// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// The one table from what the E2B control plane said to the SpawnError the
// user reads (docs/e2b.md). Its error body is {"code": <int>, "message": ...}.
class E2bErrors final
{
    Q_DECLARE_TR_FUNCTIONS(E2bErrors)

public:
    // `what` names the call in plain words: "create a sandbox".
    static SpawnError forHttpStatus(int status, const QByteArray &body, const QString &what);
    static SpawnError forNetworkError(QNetworkReply::NetworkError error, const QString &detail, const QString &what);
    static SpawnError invalidKey();
    static SpawnError missingKey();
    // The key breaks E2bApiKey's rule; nothing was sent.
    static SpawnError malformedKey();
    // The message of an error body, or the start of a body that is not one.
    static QString messageOf(const QByteArray &body);
    // The account's longest run is `accountMaximum`, below the plan chosen
    // here: "Your E2B account allows at most 1 hour: set the plan to Hobby".
    // E2B says so as a create's 400 "Timeout cannot be greater than N hours",
    // or by cutting an extension short.
    static SpawnError accountAllows(std::chrono::seconds accountMaximum);
    // The plan such an error asks for (the window's button sets it); none
    // for any other error.
    static std::optional<Plan> planToSet(const SpawnError &error);
    // Why a create answered 429 waits, in plain words: E2B's limit of
    // sandboxes at once for the account (its message names it), or its
    // rate limit.
    static QString waitReason(const QByteArray &body);
};
