// SPDX-License-Identifier: MIT
#include "crashtesthook.h"

#include "session/sessionstatus.h"
#include "store/sessionevent.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>

#include <csignal>

namespace {
Q_LOGGING_CATEGORY(lcCrashTest, "spawnai.app.crashtest", QtInfoMsg)
}

void CrashTestHook::install(SessionStore *store)
{
    const QString wanted = qEnvironmentVariable("SPAWNAI_CRASH_TEST_STOP_AFTER");
    SessionStatus status = SessionStatus::Queued;
    if (wanted.isEmpty() || !sessionStatusFromString(wanted, &status))
        return;
    qCWarning(lcCrashTest) << "test hook: stopping after the journal records" << wanted;
    // eventAppended is emitted synchronously after the commit and before
    // transition()/create() return to the step that acts on the new status.
    QObject::connect(store, &SessionStore::eventAppended, store, [status](const QString &, const SessionEvent &event) {
        if ((event.kind == EventKind::Transition || event.kind == EventKind::Created) && event.toStatus == status)
            ::raise(SIGSTOP);
    }, Qt::DirectConnection);
}
