// SPDX-License-Identifier: MIT
#include "roomcommand.h"

#include "sessionjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
bool refuse(RoomCommand::Error *error, const QString &message, const QString &field = {})
{
    *error = {message, field};
    return false;
}
} // namespace

bool RoomCommand::roomsOf(const QJsonObject &message, QStringList *rooms, Error *error)
{
    for (auto it = message.constBegin(); it != message.constEnd(); ++it) {
        if (it.key() != u"type" && it.key() != u"sessions" && it.key() != u"after")
            return refuse(error, tr("Unknown field \"%1\"").arg(it.key().left(40)), it.key().left(40));
    }
    const QJsonArray sessions = message.value(u"sessions").toArray();
    const QString field = QStringLiteral("sessions");
    const QString all = QString::fromUtf16(RoomCommand::AllRooms);
    if (sessions.isEmpty())
        return refuse(error, tr("\"sessions\" lists session ids, or \"*\" for every session"), field);
    for (const QJsonValue &value : sessions) {
        const QString room = value.toString();
        if (room != all && !SessionJson::isValidId(room))
            return refuse(error, tr("\"%1\" is not a session id").arg(room.left(80)), field);
        if (!rooms->contains(room))
            rooms->append(room);
    }
    if (rooms->contains(all) && rooms->size() > 1)
        return refuse(error, tr("\"*\" already includes every session: send it alone"), field);
    return true;
}

std::optional<RoomCommand> RoomCommand::parse(const QByteArray &text, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(error, tr("A message is a JSON object (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject message = document.object();
    const QString type = message.value(u"type").toString();
    RoomCommand command;
    if (type == u"subscribe") {
        command.type = Type::Subscribe;
    } else if (type == u"unsubscribe") {
        command.type = Type::Unsubscribe;
    } else {
        refuse(error, tr("Unknown message type \"%1\": subscribe or unsubscribe").arg(type.left(40)),
               QStringLiteral("type"));
        return std::nullopt;
    }
    if (!roomsOf(message, &command.rooms, error))
        return std::nullopt;
    if (command.type == Type::Unsubscribe)
        return command;  // `after` means nothing there, and was never checked
    const QJsonValue afterValue = message.value(u"after");
    if (afterValue.isUndefined() || afterValue.isNull())
        return command;
    const double after = afterValue.toDouble(-1);
    // The range first: a double beyond qint64 converted to it is undefined.
    if (!afterValue.isDouble() || after < 0 || std::floor(after) != after || after >= 0x1p63) {
        refuse(error, tr("\"after\" is the last seq (or, for \"*\", id) received: 0, 1, 2, ..."),
               QStringLiteral("after"));
        return std::nullopt;
    }
    command.after = qint64(after);
    return command;
}

QByteArray RoomCommand::toJson() const
{
    QJsonObject message{
        {QStringLiteral("type"), type == Type::Subscribe ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe")},
        {QStringLiteral("sessions"), QJsonArray::fromStringList(rooms)}};
    if (after)
        message.insert(u"after", double(*after));
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}
