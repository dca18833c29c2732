// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QStringList>

class SessionStore;
struct Session;

// The user's approval of install scripts (npm) and source builds (pip),
// kept with a session (sessions.approved_scripts): given once, it holds for
// every follow-up and redeploy of that session; a package the app asks for
// later is asked for on its own (docs/security.md).
class ScriptApproval final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptApproval)

public:
    // What `asked` (Manifest::scriptPackages()) holds that the session has
    // not approved yet, in its order.
    static QStringList pending(const Session &session, const QStringList &asked);
    // Adds `names` (validated as package names) to the session's approvals.
    static SpawnError approve(SessionStore *store, const QString &sessionId, const QStringList &names);
};
