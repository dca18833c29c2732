// SPDX-License-Identifier: MIT
#include "sandboxkind.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<SandboxKind, const char16_t *>, 2> Names{{
    {SandboxKind::Local, u"local"},
    {SandboxKind::E2b, u"e2b"},
}};
}  // namespace

QString sandboxKindToString(SandboxKind kind)
{
    for (const auto &[value, name] : Names) {
        if (value == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

bool sandboxKindFromString(const QString &text, SandboxKind *kind)
{
    for (const auto &[value, name] : Names) {
        if (text == QStringView(name)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QStringList sandboxKindNames()
{
    QStringList names;
    for (const auto &entry : Names)
        names << QString::fromUtf16(entry.second);
    return names;
}

bool sandboxKindIsPaid(SandboxKind kind)
{
    return kind != SandboxKind::Local;
}

bool sandboxKindOutlivesProcess(SandboxKind kind)
{
    return kind != SandboxKind::Local;
}
