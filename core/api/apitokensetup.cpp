// SPDX-License-Identifier: MIT
#include "apitokensetup.h"

#include "apitoken.h"
#include "secrets/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcToken, "spawnai.api.token", QtInfoMsg)
}

ApiTokenSetup::ApiTokenSetup(SecretStore *secrets, const QString &dataDir, bool rotate, QObject *parent)
    : AsyncOperation(parent)
    , m_secrets(secrets)
    , m_dataDir(dataDir)
    , m_rotate(rotate)
{
}

ApiTokenSetup::~ApiTokenSetup() = default;

void ApiTokenSetup::start()
{
    if (m_rotate) {
        store(ApiToken::generate(), true);
        return;
    }
    if (const QByteArray token = ApiToken::readFile(m_dataDir); !token.isEmpty()) {
        m_token = token;
        m_inKeychain = false;
        // finished() never comes before start() has returned.
        QTimer::singleShot(0, this, [this] { finishSuccess(); });
        return;
    }
    readKeychain();
}

void ApiTokenSetup::readKeychain()
{
    if (!m_secrets) {
        store(ApiToken::generate(), true);
        return;
    }
    SecretReading *reading = m_secrets->read(ApiToken::keychainName(m_dataDir));
    connect(reading, &AsyncOperation::finished, this, [this, reading] {
        reading->deleteLater();
        const QByteArray kept = reading->succeeded() ? reading->value().toLatin1() : QByteArray();
        if (ApiToken::looksValid(kept)) {
            m_inKeychain = true;
            store(kept, true);
            return;
        }
        store(ApiToken::generate(), true);
    });
}

void ApiTokenSetup::store(const QByteArray &token, bool writeFile)
{
    if (writeFile) {
        if (const SpawnError error = ApiToken::writeFile(m_dataDir, token); error.isError()) {
            QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
            return;
        }
    }
    m_token = token;
    if (!m_secrets || m_inKeychain) {
        QTimer::singleShot(0, this, [this] { finishSuccess(); });
        return;
    }
    PendingOperation *write = m_secrets->write(ApiToken::keychainName(m_dataDir), QString::fromLatin1(token));
    connect(write, &AsyncOperation::finished, this, [this, write] {
        write->deleteLater();
        m_inKeychain = write->succeeded();
        if (!m_inKeychain)
            qCWarning(lcToken) << "the keychain did not take the API token; it is kept in the data folder only:"
                               << write->error().message;
        finishSuccess();
    });
}
