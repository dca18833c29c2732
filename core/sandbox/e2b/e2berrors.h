// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

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
};
