// SPDX-License-Identifier: MIT
#pragma once

#include "appenvironment.h"
#include "common/pendingoperation.h"

#include <QPointer>

class SecretStore;

// Saves and removes entries of one session's app environment in the
// keychain (a new session, the Environment panel, a delete). Finishes once
// every entry is done, with the first error if any failed.
class AppEnvironmentWrite final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppEnvironmentWrite)

public:
    // `sessionId` empty: the user's saved values (AppEnvironment::savedKey).
    AppEnvironmentWrite(SecretStore *store, const QString &sessionId, const AppEnvironment::Values &write,
                        const QStringList &remove, QObject *parent = nullptr);
    ~AppEnvironmentWrite() override;

    void start();

private:
    QString keyOf(const QString &name) const;
    void onDone(PendingOperation *operation);

    QPointer<SecretStore> m_store;
    QString m_sessionId;
    AppEnvironment::Values m_write;
    QStringList m_remove;
    int m_pending = 0;
    SpawnError m_error;
};
