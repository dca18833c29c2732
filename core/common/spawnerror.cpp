// SPDX-License-Identifier: MIT
#include "spawnerror.h"

SpawnError SpawnError::user(const QString &message)
{
    return {ErrorKind::User, message, false};
}

SpawnError SpawnError::api(const QString &message, bool retryable)
{
    return {ErrorKind::Api, message, retryable};
}

SpawnError SpawnError::system(const QString &message, bool retryable)
{
    return {ErrorKind::System, message, retryable};
}

SpawnError SpawnError::resource(const QString &message)
{
    return {ErrorKind::Resource, message, false};
}

QString errorKindToString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::User:
        return QStringLiteral("user");
    case ErrorKind::Api:
        return QStringLiteral("api");
    case ErrorKind::System:
        return QStringLiteral("system");
    case ErrorKind::Resource:
        return QStringLiteral("resource");
    }
    return {};
}

ErrorKind errorKindFromString(const QString &text)
{
    if (text == u"user")
        return ErrorKind::User;
    if (text == u"api")
        return ErrorKind::Api;
    if (text == u"system")
        return ErrorKind::System;
    if (text == u"resource")
        return ErrorKind::Resource;
    return ErrorKind::None;
}
