// SPDX-License-Identifier: MIT
#include "followup.h"

#include "sessionrunner.h"

#include <QTimer>

FollowUp::FollowUp(QObject *parent)
    : PendingOperation(parent)
{
}

FollowUp::~FollowUp() = default;

void FollowUp::refuse(const SpawnError &error)
{
    m_refused = true;
    finishLater(error);
}

void FollowUp::watch(SessionRunner *runner)
{
    connect(runner, &SessionRunner::versionSaved, this, [this](int version) { m_version = version; });
    connect(runner, &SessionRunner::ready, this, [this] { succeed(); });
    connect(runner, &SessionRunner::followUpFailed, this, [this](const SpawnError &error) { fail(error); });
    connect(runner, &SessionRunner::ended, this, [this] {
        fail(SpawnError::user(tr("The run ended before the change was ready")));
    });
    connect(runner, &QObject::destroyed, this, [this] {
        fail(SpawnError::system(tr("The run went away before the change was ready")));
    });
    // Not inside the caller's call, as every answer of an operation.
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            emit accepted();
    });
}
