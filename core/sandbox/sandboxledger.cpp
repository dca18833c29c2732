// SPDX-License-Identifier: MIT
#include "sandboxledger.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<SandboxLedger::State, const char16_t *>, 5> StateNames{{
    {SandboxLedger::State::Live, u"live"},
    {SandboxLedger::State::Kept, u"kept"},
    {SandboxLedger::State::Paused, u"paused"},
    {SandboxLedger::State::Killing, u"killing"},
    {SandboxLedger::State::Killed, u"killed"},
}};

}  // namespace

QString sandboxLedgerStateToString(SandboxLedger::State state)
{
    for (const auto &[value, name] : StateNames) {
        if (value == state)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("live");
}

bool sandboxLedgerStateFromString(const QString &text, SandboxLedger::State *state)
{
    for (const auto &[value, name] : StateNames) {
        if (text == QStringView(name)) {
            *state = value;
            return true;
        }
    }
    return false;
}
