// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/plan.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

class EndExtension;
class RunAutoExtend;

// The end of the sandbox that serves a session: when it comes, whether
// Extend can move it, and the extension itself. A running app's is its
// runner's (RunExpiry); an E2B app kept running from an earlier run, which
// no runner here serves, has its own (KeptEnd). Both are extended by
// themselves while the session is held (RunAutoExtend, the same steps and
// budget guard for either), and the window's countdown and Extend read
// whichever the session has (SessionManager::sandboxEnd).
class SandboxEnd : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEnd)

public:
    // Who asked for an extension; the timeline says so.
    enum class Origin
    {
        User,
        Automatic,
    };

    explicit SandboxEnd(QObject *parent = nullptr);
    ~SandboxEnd() override;

    // Invalid while no sandbox is known.
    virtual QDateTime expiresAt() const = 0;
    // Whether a sandbox runs that an extension can reach now.
    virtual bool isWatching() const = 0;
    // The plan's limits in effect: the step and the longest run.
    virtual const PlanLimits &limits() const = 0;
    // How long before the end the user is warned; a held session is
    // extended a minute before that.
    virtual std::chrono::milliseconds warning() const = 0;
    // Why Extend would give nothing now (the plan's longest run is reached,
    // nothing runs); no error when it would give more.
    virtual SpawnError extensionRefusal() const = 0;
    // What extend(more) refuses before asking anyone: for a caller that
    // must answer at once (the window's Extend).
    virtual SpawnError extendRefusal(std::chrono::seconds more) const = 0;
    // Moves the end `more` past the current end, or one step of the plan's
    // default timeout, never past the plan's longest run (extendedEnd()).
    // The operation (the caller owns it) finishes exactly once: with the new
    // end, the refusal, the failure, or an error when the sandbox went away
    // first. extended() or extendFailed() also follows a request that was made.
    virtual EndExtension *extend(std::chrono::seconds more = {}, Origin origin = Origin::User) = 0;

    // Extends it by itself while the session is held (SessionHolds).
    RunAutoExtend *autoExtend() const { return m_autoExtend; }

signals:
    void extended(const QDateTime &expiresAt);
    void extendFailed(const SpawnError &error);
    // The end or the plan's ceiling changed, or the sandbox came or went.
    void changed();

private:
    RunAutoExtend *m_autoExtend;
};
