// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Where a cloud provider journals every sandbox it creates: the id is written
// the moment create answers, before any other call, and stays until the cloud
// confirms the kill. Start-up, quit and a periodic sweep compare it with what
// the account really runs, so no sandbox can leak, even across a crash.
class SandboxLedger
{
public:
    enum class State
    {
        Live,     // created and in use by a session of this process
        Kept,     // the user chose "keep running" on quit
        Paused,   // paused at the budget's stop: costs nothing, kept until expiresAt
        Killing,  // a kill was asked for and is not confirmed yet
        Killed,   // the cloud confirmed it is gone (terminal)
    };

    struct Entry
    {
        QString kind;  // the provider kind, "e2b"
        QString sandboxId;
        QString sessionId;
        QDateTime createdAt;
        QDateTime expiresAt;
        State state = State::Live;
        int killAttempts = 0;
        // What a run's bill needs when no runner meters it (recordAllocation):
        // when the cloud started it, its size, and when it ended.
        QDateTime startedAt{};
        int cpuCount = 0;
        int memoryMB = 0;
        QDateTime endedAt{};  // set with Killed
        // A short hash of the cloud key it was made with (never the key):
        // only that key's sweeps and stops act on it. Empty for entries
        // made before it was kept, which any key acts on, as before.
        QString keyFingerprint{};
    };

    SandboxLedger() = default;
    virtual ~SandboxLedger() = default;
    Q_DISABLE_COPY_MOVE(SandboxLedger)

    virtual SpawnError recordCreated(const Entry &entry) = 0;
    virtual SpawnError recordExpiry(const QString &sandboxId, const QDateTime &expiresAt) = 0;
    // The size and start time the cloud reports for the sandbox, which
    // bill it.
    virtual SpawnError recordAllocation(const QString &sandboxId, const QDateTime &startedAt, int cpuCount,
                                        int memoryMB) = 0;
    virtual SpawnError recordKept(const QString &sandboxId) = 0;
    // E2B confirmed the pause; the sweep spares the sandbox until `keepUntil`.
    virtual SpawnError recordPaused(const QString &sandboxId, const QDateTime &keepUntil) = 0;
    // State Killing, one more attempt.
    virtual SpawnError recordKillRequested(const QString &sandboxId) = 0;
    // The cloud answered 204 or 404, or no longer lists it: the sandbox is
    // gone. It ended now, or at its expiry if that is earlier (the cloud
    // never runs a sandbox past its end).
    virtual SpawnError recordKilled(const QString &sandboxId) = 0;
    // Every entry of `kind` that is not Killed.
    virtual QList<Entry> openEntries(const QString &kind) const = 0;
    // The entry of `sandboxId` in any state.
    virtual std::optional<Entry> entry(const QString &sandboxId) const = 0;

    // Whether the sandbox may still run, and bill: live, kept or being
    // killed, and its end not passed (the cloud ends every sandbox at its
    // end). A paused one costs nothing. The one definition, for the crash
    // reconciliation, Stop, the key switch and the command line.
    static bool mayStillRun(const Entry &entry, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The entries of `kind` (of `sessionId`, or of every session) that may still run.
    QList<Entry> entriesThatMayRun(const QString &kind, const QString &sessionId = {}) const;
};

QString sandboxLedgerStateToString(SandboxLedger::State state);
bool sandboxLedgerStateFromString(const QString &text, SandboxLedger::State *state);
