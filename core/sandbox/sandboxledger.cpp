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

bool SandboxLedger::mayStillRun(const Entry &entry, const QDateTime &now)
{
    const bool running = entry.state == State::Live || entry.state == State::Kept || entry.state == State::Killing;
    return running && (!entry.expiresAt.isValid() || entry.expiresAt > now);
}

QList<SandboxLedger::Entry> SandboxLedger::entriesThatMayRun(const QString &kind, const QString &sessionId) const
{
    QList<Entry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Entry &entry : openEntries(kind)) {
        if ((sessionId.isEmpty() || entry.sessionId == sessionId) && mayStillRun(entry, now))
            entries << entry;
    }
    return entries;
}

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
