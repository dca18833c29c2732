// SPDX-License-Identifier: MIT
#include "eventmessage.h"

#include "store/sessionchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

QJsonObject EventMessage::fromChange(const SessionChange &change)
{
    QJsonObject message = change.payload;
    // The seed's notifySessionError carried `recoverable` beside `error`.
    if (change.type == ChangeType::Error && message.value(u"error").isObject())
        message.insert(u"recoverable", message.value(u"error").toObject().value(u"recoverable").toBool());
    // Written after the payload, so a payload can never hide them.
    message.insert(u"type", changeTypeToString(change.type));
    message.insert(u"session", change.sessionId);
    message.insert(u"seq", change.seq);
    message.insert(u"id", change.id);
    message.insert(u"time", change.at.toUTC().toString(Qt::ISODateWithMs));
    return message;
}

QJsonObject EventMessage::gap(const QString &room, qint64 after)
{
    return {{QStringLiteral("type"), QStringLiteral("gap")},
            {QStringLiteral("room"), room},
            {QStringLiteral("after"), after},
            {QStringLiteral("message"), QCoreApplication::translate("EventMessage",
                                                     "Some changes after this point were removed by retention: "
                                                     "read the sessions' state over REST")}};
}

QJsonObject EventMessage::subscribed(const QString &type, const QStringList &rooms)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("sessions"), QJsonArray::fromStringList(rooms)}};
}

QJsonObject EventMessage::error(const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("kind"), QStringLiteral("user")}, {QStringLiteral("message"), message}, {QStringLiteral("recoverable"), true}};
    if (!field.isEmpty())
        error.insert(u"field", field);
    return {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error}};
}

QByteArray EventMessage::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}
