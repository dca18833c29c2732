// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A client's message to the WebSocket rooms (docs/api.md, WebSocket rooms):
// `{"type": "subscribe"|"unsubscribe", "sessions": [...], "after": n}`.
// Parsed apart from EventClient so the fuzzer reaches it without a socket;
// what the connection allows (how many rooms, `*` already followed) stays
// with EventClient.
struct RoomCommand
{
    // Its sentences were EventClient's, and are translated under that name.
    Q_DECLARE_TR_FUNCTIONS(EventClient)

public:
    enum class Type { Subscribe, Unsubscribe };

    // Why a message was refused, as EventMessage::error sends it.
    struct Error
    {
        QString message;
        QString field;
    };

    // The room that holds every session.
    static constexpr char16_t AllRooms[] = u"*";

    Type type = Type::Subscribe;
    QStringList rooms;  // "*" alone, or distinct session ids, in the order sent
    std::optional<qint64> after;  // subscribe only: the last seq (id for "*") received

    static std::optional<RoomCommand> parse(const QByteArray &text, Error *error);
    // The message that parses back to this command.
    QByteArray toJson() const;

    bool operator==(const RoomCommand &) const = default;

private:
    // The rooms a message names, or false with the error.
    static bool roomsOf(const QJsonObject &message, QStringList *rooms, Error *error);
};
