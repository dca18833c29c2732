// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// Where a session's sandbox runs. Policy asks the kind (or its provider)
// what matters — never its name. The names ("local", "e2b") are spelled only
// at the edges: the store, JSON, the CLI's --sandbox and the settings. A new
// provider adds a value here, its name and its answers in sandboxkind.cpp.
enum class SandboxKind
{
    Local,  // bubblewrap on this computer
    E2b,    // E2B's cloud
};

QString sandboxKindToString(SandboxKind kind);
// Returns false for an unknown name and leaves `kind` alone.
bool sandboxKindFromString(const QString &text, SandboxKind *kind);
// The names of all kinds, in enum order: for choices and validation.
QStringList sandboxKindNames();

// Whether its sandboxes cost money by the second (budget, usage, estimates).
bool sandboxKindIsPaid(SandboxKind kind);
// Whether its sandboxes run outside this process, so they may outlive
// SpawnAI (kept running on quit, swept after a crash) and can be paused.
bool sandboxKindOutlivesProcess(SandboxKind kind);

Q_DECLARE_METATYPE(SandboxKind)
