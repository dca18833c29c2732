// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QDateTime>
#include <QString>

class E2bControlPlane;

// Where E2B really set a sandbox's end after an extension. E2B cuts an
// extension past the account's longest run short without saying so; within
// the shortest plan's longest run (an hour from the start) every account
// gets what it asked, so only past it are the details read. An end more
// than a minute short of the one asked for means the account's plan is
// shorter than the one chosen here: the confirmation fails with what to
// set (E2bErrors::accountAllows), and endAt() is E2B's. For a running
// sandbox (E2bSandbox) and a kept one no runner serves
// (E2bSandboxProvider::extend) alike.
class E2bEndConfirmation final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bEndConfirmation)

public:
    // `controlPlane` must outlive it.
    E2bEndConfirmation(E2bControlPlane *controlPlane, const QString &sandboxId, const QDateTime &startedAt,
                       const QDateTime &wanted, QObject *parent = nullptr);
    ~E2bEndConfirmation() override;

    void start();
    // The end to record: E2B's where it is known and short of the one
    // asked for, else the one asked for. Valid once finished.
    QDateTime endAt() const { return m_endAt; }

private:
    E2bControlPlane *m_controlPlane;
    QString m_sandboxId;
    QDateTime m_startedAt;
    QDateTime m_wanted;
    QDateTime m_endAt;
};
