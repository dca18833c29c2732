// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// An error as the API answers it: the seed's classes with an HTTP status,
// `{error: {kind, message, recoverable, field?}}`. The message is the
// sentence the window shows for the same SpawnError.
struct ApiError
{
    int status = 500;
    SpawnError error;
    QString field;  // the request's field (or query parameter) at fault
    int retryAfterSeconds = 0;  // 429: when to try again

    static ApiError badRequest(const QString &message, const QString &field = {});
    static ApiError notFound(const QString &message, const QString &field = {});
    static ApiError conflict(const QString &message);
    static ApiError unprocessable(const QString &message, const QString &field = {});
    // The status that fits a SpawnError from core: user 422 (409 when
    // `conflict`), resource 429, api 502, system 500.
    static ApiError from(const SpawnError &error, bool conflict = false);

    QJsonObject toJson() const;
};
