// SPDX-License-Identifier: MIT
#include "scriptapproval.h"

#include "deploy/packagespec.h"
#include "session/session.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.workflow.scriptapproval")
} // namespace

QStringList ScriptApproval::pending(const Session &session, const QStringList &asked)
{
    QStringList names;
    for (const QString &name : asked) {
        if (!session.approvedScripts.contains(name))
            names << name;
    }
    return names;
}

SpawnError ScriptApproval::approve(SessionStore *store, const QString &sessionId, const QStringList &names)
{
    SpawnError error;
    for (const QString &name : names) {
        if (!PackageSpec::validateApproval(name, &error))
            return error;
    }
    const std::optional<Session> session = store->session(sessionId);
    if (!session)
        return SpawnError::user(tr("There is no session %1").arg(sessionId));
    QStringList approved = session->approvedScripts + names;
    approved.sort();
    approved.removeDuplicates();
    if (approved == session->approvedScripts)
        return {};
    qCInfo(lc) << "session" << sessionId << "approved the install scripts of" << names;
    return store->setApprovedScripts(sessionId, approved);
}
