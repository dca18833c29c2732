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
        finishLater();
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
    // As with the write below: a keychain that does not answer within 3 s
    // is passed over, and the token lives in the data folder.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reading] {
        disconnect(reading, nullptr, this, nullptr);
        m_secrets.clear();
        store(ApiToken::generate(), true);
    });
    deadline->start(std::chrono::seconds(3));
    connect(reading, &AsyncOperation::finished, this, [this, reading, deadline] {
        deadline->stop();
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
            finishLater(error);
            return;
        }
    }
    m_token = token;
    if (!m_secrets || m_inKeychain) {
        finishLater();
        return;
    }
    PendingOperation *write = m_secrets->write(ApiToken::keychainName(m_dataDir), QString::fromLatin1(token));
    // A keychain that never answers (a Secret Service started on demand
    // that does not come) must not keep the API from serving: the file is
    // written and is what the host reads; the copy waits at most 3 s.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcToken) << "the keychain did not answer within 3 s; the API token is in the data folder";
        finishSuccess();
    });
    deadline->start(std::chrono::seconds(3));
    connect(write, &AsyncOperation::finished, this, [this, write, deadline] {
        write->deleteLater();
        if (isFinished())
            return;
        deadline->stop();
        m_inKeychain = write->succeeded();
        if (!m_inKeychain)
            qCWarning(lcToken) << "the keychain did not take the API token; it is kept in the data folder only:"
                               << write->error().message;
        finishSuccess();
    });
}
