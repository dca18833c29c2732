// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QByteArray>
#include <QString>

// An error of a Connect call to envd. connect-go writes a string code
// ({"code":"not_found","message":...}); the E2B proxy and envd's token
// check answer before it with an integer code ({"code":401,...}), and then
// the code comes from the HTTP status, as the Connect spec says.
struct ConnectError
{
    QString code;  // "not_found", "unavailable", ...; empty: no error
    QString message;
    int httpStatus = 0;

    bool isError() const { return !code.isEmpty(); }

    // A non-200 answer to a unary or streaming call.
    static ConnectError fromHttp(int httpStatus, const QByteArray &body);
    // The payload of an end-of-stream frame: "{}" is success; an unreadable
    // payload is an error too.
    static ConnectError fromEndStream(const QByteArray &payload);

    static QString codeForHttpStatus(int httpStatus);
    static int httpStatusForCode(const QString &code);

    // What the user reads; `what` names the call ("run npm install").
    SpawnError toSpawnError(const QString &what) const;
    // The E2B proxy's "sandbox was not found": the sandbox is gone.
    bool isSandboxGone() const;
};
