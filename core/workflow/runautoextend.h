// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;
class SandboxEnd;

// Extends a held session's sandbox by itself, as E2B's Surf keeps a desktop
// in use alive: one step (the plan's default timeout) at a time, a little
// before the end, while something holds the session (the window showing its
// app, later an API or MCP client; SessionHolds). Never past the plan's
// longest run, and not when the guard refuses: the monthly budget is spent,
// or the extension's cost would pass a limit. Nobody holding it, the
// sandbox ends at its end as it stands, at most a step away. The same rules
// for a running app's end (RunExpiry) and a kept one's (KeptEnd).
class RunAutoExtend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunAutoExtend)

public:
    // Asked before each extension with the time it adds; an error declines it.
    using Guard = std::function<SpawnError(std::chrono::seconds more)>;

    // Belongs to `end`, which it moves.
    explicit RunAutoExtend(SandboxEnd *end);
    ~RunAutoExtend() override;

    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    // How long before the end it extends: a minute before the expiry
    // warning (so that a held session is never warned about), or half a
    // step when steps are shorter than that.
    std::chrono::milliseconds lead() const;
    // Whether it means to extend before the current end: held, the plan
    // leaves room, and this end was not declined already.
    bool covers() const;

signals:
    // It will not extend this end: the plan's longest run, the budget, or
    // the provider said no. Once per end.
    void declined(const SpawnError &reason);

private:
    void arm();
    void fire();
    void decline(const QDateTime &end, const SpawnError &reason);

    SandboxEnd *m_end;
    QTimer *m_timer;
    Guard m_guard;
    bool m_held = false;
    bool m_extending = false;
    QDateTime m_declinedFor;
};
