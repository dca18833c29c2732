// SPDX-License-Identifier: MIT
#pragma once

#include "conversationmessage.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// The conversation_messages table.
namespace ConversationTable {

// Fills in id, and the time if unset.
bool insert(const QSqlDatabase &db, ConversationMessage &message, QSqlError &error);
QList<ConversationMessage> list(const QSqlDatabase &db, const QString &sessionId);

} // namespace ConversationTable
