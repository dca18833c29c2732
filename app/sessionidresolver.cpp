// SPDX-License-Identifier: MIT
#include "sessionidresolver.h"

#include "store/sessionstore.h"

#include <QCoreApplication>

QString SessionIdResolver::resolve(const SessionStore *store, const QString &idOrPrefix, QString *error)
{
    if (store->session(idOrPrefix))
        return idOrPrefix;
    QStringList matches;
    if (idOrPrefix.size() >= 4) {
        SessionQuery everything;
        everything.limit = 0;
        for (const Session &session : store->sessions(everything)) {
            if (session.id.startsWith(idOrPrefix))
                matches << session.id;
        }
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty()
        ? QCoreApplication::translate("SessionIdResolver", "There is no session %1").arg(idOrPrefix)
        : QCoreApplication::translate("SessionIdResolver", "%1 names %2 sessions; give more of the id")
              .arg(idOrPrefix)
              .arg(matches.size());
    return {};
}
