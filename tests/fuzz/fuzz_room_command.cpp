// SPDX-License-Identifier: MIT
// RoomCommand::parse, a client's message to the WebSocket rooms, on any
// bytes: a refusal says why; an accepted command names "*" alone or
// distinct session ids that pass SessionJson::isValidId, an `after` only
// when subscribing and never below 0, and its toJson() parses back to the
// same command.
#include "api/roomcommand.h"
#include "api/sessionjson.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size).toByteArray();
    RoomCommand::Error error;
    const std::optional<RoomCommand> command = RoomCommand::parse(text, &error);
    if (!command) {
        FUZZ_CHECK(!error.message.isEmpty());
        return 0;
    }
    const QString all = QString::fromUtf16(RoomCommand::AllRooms);
    FUZZ_CHECK(!command->rooms.isEmpty());
    QStringList distinct = command->rooms;
    FUZZ_CHECK(distinct.removeDuplicates() == 0);
    FUZZ_CHECK(!command->rooms.contains(all) || command->rooms.size() == 1);
    for (const QString &room : command->rooms)
        FUZZ_CHECK(room == all || SessionJson::isValidId(room));
    FUZZ_CHECK(!command->after || (command->type == RoomCommand::Type::Subscribe && *command->after >= 0));

    RoomCommand::Error again;
    const std::optional<RoomCommand> reparsed = RoomCommand::parse(command->toJson(), &again);
    FUZZ_CHECK(reparsed.has_value());
    FUZZ_CHECK(*reparsed == *command);
    return 0;
}
