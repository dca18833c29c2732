// SPDX-License-Identifier: MIT
#include "appenvironmentread.h"

#include "secretredactor.h"
#include "secretstore.h"

AppEnvironmentRead::AppEnvironmentRead(SecretStore *store, const QString &sessionId, const QStringList &names,
                                       QObject *parent)
    : PendingOperation(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_names(names)
{
}

AppEnvironmentRead::AppEnvironmentRead(const AppEnvironment::Values &values, QObject *parent)
    : PendingOperation(parent)
    , m_names(values.keys())
{
    m_values = values;
}

AppEnvironmentRead::~AppEnvironmentRead() = default;

void AppEnvironmentRead::start()
{
    if (m_values.size() == m_names.size()) {
        finishLater();
        return;
    }
    if (!m_store) {
        finishLater(SpawnError::system(tr("The app's environment (%1) is kept in the OS keychain, which cannot be "
                                          "reached here")
                                           .arg(m_names.join(QStringLiteral(", ")))));
        return;
    }
    m_pending = int(m_names.size());
    for (const QString &name : std::as_const(m_names)) {
        SecretReading *reading = m_store->read(m_sessionId.isEmpty() ? AppEnvironment::savedKey(name)
                                                                     : AppEnvironment::keychainKey(m_sessionId, name));
        connect(reading, &AsyncOperation::finished, this, [this, name, reading] { onRead(name, reading); });
    }
}

void AppEnvironmentRead::onRead(const QString &name, PendingOperation *reading)
{
    reading->deleteLater();
    if (isFinished())
        return;
    if (!reading->succeeded()) {
        fail(SpawnError::system(tr("Could not read the app's environment variable %1 from the keychain: %2")
                                    .arg(name, reading->error().message),
                                reading->error().retryable));
        return;
    }
    const QString value = static_cast<SecretReading *>(reading)->value();
    if (value.isEmpty()) {
        fail(SpawnError::user(m_sessionId.isEmpty()
                                  ? tr("The keychain has no saved value for %1: save one with spawnai secret set %1")
                                        .arg(name)
                                  : tr("The keychain has no value for the app's environment variable %1 any more: "
                                       "set it again in the session's Environment panel")
                                        .arg(name)));
        return;
    }
    m_values.insert(name, value);
    if (--m_pending == 0)
        succeed();
}

std::shared_ptr<AppEnvironmentRead> AppEnvironmentRead::shared(AppEnvironmentRead *read)
{
    return std::shared_ptr<AppEnvironmentRead>(read, [](AppEnvironmentRead *done) { done->deleteLater(); });
}

QByteArray AppEnvironmentRead::hide(const AppEnvironmentRead *environment, const QByteArray &data)
{
    if (!environment || !environment->succeeded())
        return data;
    SecretRedactor redactor(environment->values());
    return redactor.feed(data) + redactor.flush();
}
