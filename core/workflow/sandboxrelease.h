// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class Sandbox;
class SessionStore;

// Lets go of a run's sandbox without waiting for it: from here on the
// sandbox has no parent and deletes itself once it is destroyed or paused.
// If the event loop ends first, its provider's destructor finishes the job
// (destroyNow), so nothing waits here.
class SandboxRelease final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxRelease)

public:
    static void destroy(Sandbox *sandbox);
    // Pauses it (E2B keeps it for a resume, and bills nothing meanwhile).
    // Never left running and billing: what cannot pause is destroyed, and
    // the session's history says so.
    static void pauseOrDestroy(Sandbox *sandbox, SessionStore *store, const QString &sessionId);
};
