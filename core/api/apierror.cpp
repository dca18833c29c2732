// SPDX-License-Identifier: MIT
#include "apierror.h"

ApiError ApiError::badRequest(const QString &message, const QString &field)
{
    return {400, SpawnError::user(message), field, 0};
}

ApiError ApiError::notFound(const QString &message, const QString &field)
{
    return {404, SpawnError::user(message), field, 0};
}

ApiError ApiError::conflict(const QString &message)
{
    return {409, SpawnError::user(message), {}, 0};
}

ApiError ApiError::unprocessable(const QString &message, const QString &field)
{
    return {422, SpawnError::user(message), field, 0};
}

ApiError ApiError::from(const SpawnError &error, bool conflict)
{
    int status = 500;
    switch (error.kind) {
    case ErrorKind::User:
        status = conflict ? 409 : 422;
        break;
    case ErrorKind::Resource:
        status = 429;
        break;
    case ErrorKind::Api:
        status = 502;
        break;
    case ErrorKind::System:
    case ErrorKind::None:
        status = 500;
        break;
    }
    return {status, error, {}, error.kind == ErrorKind::Resource ? 60 : 0};
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), errorKindToString(error.kind == ErrorKind::None ? ErrorKind::System
                                                                                              : error.kind)},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("recoverable"), error.retryable}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), object}};
}
