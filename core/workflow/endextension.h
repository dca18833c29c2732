// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QDateTime>

// One Extend of a sandbox's end (SandboxEnd::extend): finishes exactly once,
// with the new end, with the refusal or failure, or with an error when the
// sandbox (or its end) went away before the answer came. The caller owns it.
class EndExtension final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndExtension)

public:
    explicit EndExtension(QObject *parent = nullptr);
    ~EndExtension() override;

    // The sandbox's new end, once succeeded.
    QDateTime expiresAt() const { return m_expiresAt; }
    void succeedWith(const QDateTime &expiresAt);
    // Fails it unless it finished already: `source` (the request in flight,
    // the end itself) was destroyed before it answered.
    void failWhenGone(QObject *source);

    static SpawnError gone();

private:
    QDateTime m_expiresAt;
};
