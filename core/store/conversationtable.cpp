// SPDX-License-Identifier: MIT
#include "conversationtable.h"

#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ConversationTable {

bool insert(const QSqlDatabase &db, ConversationMessage &message, QSqlError &error)
{
    if (!message.time.isValid())
        message.time = StoreSql::now();
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO conversation_messages (session_id, time, role, purpose, content, images) VALUES (?, ?, ?, ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(message.sessionId);
    query.addBindValue(StoreSql::timeValue(message.time));
    query.addBindValue(message.role == ConversationMessage::Role::Assistant ? QStringLiteral("assistant")
                                                                            : QStringLiteral("user"));
    query.addBindValue(StoreSql::text(message.purpose));
    query.addBindValue(StoreSql::text(message.content));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(message.images)).toJson(QJsonDocument::Compact)));
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    message.id = query.lastInsertId().toLongLong();
    return true;
}

QList<ConversationMessage> list(const QSqlDatabase &db, const QString &sessionId)
{
    QList<ConversationMessage> messages;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT id, time, role, purpose, content, images FROM conversation_messages WHERE session_id = ? ORDER BY id")))
        return messages;
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query))
        return messages;
    while (query.next()) {
        ConversationMessage message;
        message.id = query.value(0).toLongLong();
        message.sessionId = sessionId;
        message.time = StoreSql::timeFromValue(query.value(1));
        message.role = query.value(2).toString() == u"assistant" ? ConversationMessage::Role::Assistant
                                                                 : ConversationMessage::Role::User;
        message.purpose = query.value(3).toString();
        message.content = query.value(4).toString();
        for (const QJsonValue &name : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            message.images << name.toString();
        messages.append(message);
    }
    return messages;
}

} // namespace ConversationTable
