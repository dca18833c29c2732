// SPDX-License-Identifier: MIT
#include "sandboxrelease.h"

#include "sandbox/sandbox.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lcRelease, "spawnai.workflow.release", QtInfoMsg)
} // namespace

void SandboxRelease::destroy(Sandbox *sandbox)
{
    PendingOperation *destroying = sandbox->destroy();
    QObject::connect(destroying, &AsyncOperation::finished, sandbox, &QObject::deleteLater);
    sandbox->releaseToItself();
}

void SandboxRelease::pauseOrDestroy(Sandbox *sandbox, SessionStore *store, const QString &sessionId)
{
    sandbox->releaseToItself();
    PendingOperation *pause = sandbox->pause();
    QObject::connect(pause, &AsyncOperation::finished, sandbox,
                     [sandbox, pause, store = QPointer<SessionStore>(store), sessionId] {
                         if (pause->succeeded()) {
                             sandbox->deleteLater();
                             return;
                         }
                         qCWarning(lcRelease) << sessionId << "could not pause the sandbox; destroying it:"
                                              << pause->error().message;
                         if (store)
                             store->appendEvent(sessionId, EventKind::Step,
                                                tr("The sandbox could not be paused (%1); it was stopped instead. "
                                                   "The app's files are kept.")
                                                    .arg(pause->error().message));
                         PendingOperation *destroying = sandbox->destroy();
                         QObject::connect(destroying, &AsyncOperation::finished, sandbox, &QObject::deleteLater);
                     });
}
