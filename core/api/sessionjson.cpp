// SPDX-License-Identifier: MIT
#include "sessionjson.h"

#include "session/session.h"
#include "store/appversion.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QJsonValue time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject SessionJson::links(const QString &sessionId)
{
    const QString self = QStringLiteral("/api/v1/sessions/") + sessionId;
    return {{QStringLiteral("self"), self},
            {QStringLiteral("files"), QString(self + u"/files")},
            {QStringLiteral("versions"), QString(self + u"/versions")},
            {QStringLiteral("log"), QString(self + u"/log")}};
}

QJsonObject SessionJson::session(const Session &session, int versions)
{
    QJsonObject object{{QStringLiteral("id"), session.id},
                       {QStringLiteral("status"), sessionStatusToString(session.status)},
                       {QStringLiteral("prompt"), session.prompt},
                       {QStringLiteral("type"), appTypeToString(session.appType)},
                       {QStringLiteral("sandbox"), sandboxKindToString(session.sandboxKind)},
                       {QStringLiteral("template"), session.templateName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                   : QJsonValue(session.templateName)},
                       {QStringLiteral("provider"), session.provider.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(session.provider)},
                       {QStringLiteral("model"), session.model.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(session.model)},
                       {QStringLiteral("url"), session.appUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(session.appUrl.toString())},
                       {QStringLiteral("createdAt"), time(session.createdAt)},
                       {QStringLiteral("updatedAt"), time(session.updatedAt)},
                       {QStringLiteral("expiresAt"), time(session.expiresAt)},
                       {QStringLiteral("estimatedCost"), session.estimatedCost},
                       {QStringLiteral("actualCost"), session.actualCost},
                       {QStringLiteral("versions"), versions},
                       // The names only: the values never leave the keychain.
                       {QStringLiteral("env"), QJsonArray::fromStringList(session.environmentNames)},
                       {QStringLiteral("links"), links(session.id)}};
    if (session.error.isError()) {
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindToString(session.error.kind)},
                                                           {QStringLiteral("message"), session.error.message},
                                                           {QStringLiteral("recoverable"), session.error.retryable}});
    } else {
        object.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

QJsonObject SessionJson::version(const AppVersion &version)
{
    return {{QStringLiteral("version"), version.version},
            {QStringLiteral("createdAt"), time(version.createdAt)},
            {QStringLiteral("summary"), version.summary}};
}

bool SessionJson::isValidId(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}
