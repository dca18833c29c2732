// SPDX-License-Identifier: MIT
#include "runenvironment.h"

#include "secrets/appenvironmentread.h"
#include "secrets/appenvironmentwrite.h"
#include "secrets/secretstore.h"
#include "session/session.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.workflow.environment")

void save(SecretStore *secrets, SessionStore *store, const QString &sessionId, const AppEnvironment::Values &given)
{
    // Owned by the keychain's store, so it outlives a run that ends at once.
    auto *write = new AppEnvironmentWrite(secrets, sessionId, given, {}, secrets);
    QPointer<SessionStore> sessions(store);
    QObject::connect(write, &AsyncOperation::finished, write, [write, sessions, sessionId] {
        write->deleteLater();
        if (write->succeeded())
            return;
        // The names only; the message is the keychain's, which never holds the value.
        qCWarning(lc) << "could not keep the app environment of" << sessionId << "in the keychain:"
                      << write->error().message;
        if (sessions)
            sessions->appendEvent(sessionId, EventKind::Step,
                                  QCoreApplication::translate("RunEnvironment",
                                                              "The app's environment could not be kept in the "
                                                              "keychain (%1): a redeploy will not have it")
                                      .arg(write->error().message));
    });
    write->start();
}
} // namespace

namespace RunEnvironment {

std::shared_ptr<AppEnvironmentRead> forRun(SecretStore *secrets, SessionStore *store, const Session &session,
                                           const AppEnvironment::Values &given)
{
    if (session.environmentNames.isEmpty())
        return nullptr;
    AppEnvironmentRead *read = nullptr;
    if (!given.isEmpty()) {
        if (secrets)
            save(secrets, store, session.id, given);
        read = new AppEnvironmentRead(given);
    } else {
        read = new AppEnvironmentRead(secrets, session.id, session.environmentNames);
    }
    read->start();
    return AppEnvironmentRead::shared(read);
}

void forget(SecretStore *secrets, const QHash<QString, QStringList> &environments)
{
    if (!secrets)
        return;
    for (auto it = environments.cbegin(); it != environments.cend(); ++it) {
        // Owned by the keychain's store, like a new session's save.
        auto *removal = new AppEnvironmentWrite(secrets, it.key(), {}, it.value(), secrets);
        QObject::connect(removal, &AsyncOperation::finished, removal, [removal, sessionId = it.key()] {
            removal->deleteLater();
            if (!removal->succeeded())
                qCWarning(lc) << "could not remove the app environment of" << sessionId << "from the keychain:"
                              << removal->error().message;
        });
        removal->start();
    }
}

} // namespace RunEnvironment
