// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QPointer>

class SecretStore;

// Makes sure a data folder has its API token, created on first use: the
// file <data>/api-token when it holds one, else the keychain's copy (put
// back into the file), else a new one written to both. With `rotate`, a new
// one replaces both. A keychain that cannot be reached leaves the file as
// the one place (warned once, not an error: scripts read the file anyway).
// Finishes with token(); an error only when the file cannot be written.
class ApiTokenSetup final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTokenSetup)

public:
    ApiTokenSetup(SecretStore *secrets, const QString &dataDir, bool rotate, QObject *parent = nullptr);
    ~ApiTokenSetup() override;

    void start();
    QByteArray token() const { return m_token; }
    // Whether the keychain holds the token too.
    bool inKeychain() const { return m_inKeychain; }

private:
    void readKeychain();
    void store(const QByteArray &token, bool writeFile);

    QPointer<SecretStore> m_secrets;
    QString m_dataDir;
    bool m_rotate;
    QByteArray m_token;
    bool m_inKeychain = false;
};
