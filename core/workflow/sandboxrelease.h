// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class Sandbox;
class SandboxProvider;
class SessionStore;

// Lets go of a run's sandbox without waiting for it: from here on it is a
// child of the provider that made it, and deletes itself once it is
// destroyed or paused. If the event loop ends first, the provider's
// destructor ends it (destroyNow) and deletes it, so nothing waits here and
// nothing is left allocated. Not parentless: the provider could not tell a
// released sandbox from one somebody still holds (a test's, the fake E2B
// server's), which it must not delete.
class SandboxRelease final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxRelease)

public:
    static void destroy(Sandbox *sandbox, SandboxProvider *provider);
    // Pauses it (E2B keeps it for a resume, and bills nothing meanwhile).
    // Never left running and billing: what cannot pause is destroyed, and
    // the session's history says so.
    static void pauseOrDestroy(Sandbox *sandbox, SandboxProvider *provider, SessionStore *store,
                               const QString &sessionId);
};
