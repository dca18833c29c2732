// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One turn of the conversation with the model, as stored.
struct ConversationMessage
{
    enum class Role
    {
        User,
        Assistant,
    };

    qint64 id = 0;
    QString sessionId;
    QDateTime time;
    Role role = Role::User;
    // Why the turn was sent: "prompt", "continue", "repair", "follow-up",
    // "simpler"; empty for the model's answers.
    QString purpose;
    QString content;
    // The pictures of a user turn: file names in the session's image
    // folder (PromptImageStore), read again when a request needs them.
    QStringList images;
};
