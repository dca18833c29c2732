// SPDX-License-Identifier: MIT
#include "sessionchange.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ChangeType, const char *>, 8> Names{{
    {ChangeType::Created, "session.created"},
    {ChangeType::Status, "session.status"},
    {ChangeType::Error, "session.error"},
    {ChangeType::Step, "session.step"},
    {ChangeType::File, "session.file"},
    {ChangeType::Log, "session.log"},
    {ChangeType::Cost, "session.cost"},
    {ChangeType::Deleted, "session.deleted"},
}};
} // namespace

QString changeTypeToString(ChangeType type)
{
    for (const auto &[value, name] : Names) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ChangeType> changeTypeFromString(const QString &text)
{
    for (const auto &[value, name] : Names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
