// SPDX-License-Identifier: MIT
#pragma once

#include "appenvironment.h"
#include "common/pendingoperation.h"

#include <QPointer>

#include <memory>

class SecretStore;

// One session's app environment, read back from the keychain for a run
// (a redeploy, a start after a restart), or known already (the values the
// session was started with). Shared by every deployment of one run: the
// Deployer waits for it only when the app's run command starts.
class AppEnvironmentRead final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppEnvironmentRead)

public:
    // Reads `names` of `sessionId` (empty: the user's saved values,
    // AppEnvironment::savedKey); `store` null fails (no keychain).
    AppEnvironmentRead(SecretStore *store, const QString &sessionId, const QStringList &names,
                       QObject *parent = nullptr);
    // Values known already: succeeds on the loop's next turn.
    explicit AppEnvironmentRead(const AppEnvironment::Values &values, QObject *parent = nullptr);
    ~AppEnvironmentRead() override;

    void start();
    // Set once succeeded.
    const AppEnvironment::Values &values() const { return m_values; }

    // Owned by every copy of a run's DeployOptions, deleted later when the
    // last goes.
    static std::shared_ptr<AppEnvironmentRead> shared(AppEnvironmentRead *read);
    // `data` with the values hidden (SecretRedactor) once they are known;
    // as it is without an environment.
    static QByteArray hide(const AppEnvironmentRead *environment, const QByteArray &data);

private:
    void onRead(const QString &name, PendingOperation *reading);

    QPointer<SecretStore> m_store;
    QString m_sessionId;
    QStringList m_names;
    int m_pending = 0;
    AppEnvironment::Values m_values;
};
