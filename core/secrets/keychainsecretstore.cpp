// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
SpawnError keychainError(QKeychain::Job *job)
{
    return SpawnError::system(QCoreApplication::translate("KeychainSecretStore", "The keychain refused: %1")
                                  .arg(job->errorString()),
                              job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    const QString service = qEnvironmentVariable("SPAWNAI_KEYCHAIN_SERVICE").trimmed();
    return service.isEmpty() ? QStringLiteral("SpawnAI") : service;
}

SecretReading *KeychainSecretStore::read(const QString &name)
{
    auto *reading = new SecretReading(this);
    QPointer<SecretReading> guard(reading);
    enqueue([this, guard, name] {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(name);
        connect(job, &QKeychain::Job::finished, this, [this, guard](QKeychain::Job *done) {
            if (guard) {
                if (done->error() == QKeychain::NoError)
                    guard->succeedWith(static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
                else if (done->error() == QKeychain::EntryNotFound)
                    guard->succeedWith({});
                else
                    guard->fail(keychainError(done));
            }
            jobDone();
        });
        job->start();
    });
    return reading;
}

PendingOperation *KeychainSecretStore::write(const QString &name, const QString &value)
{
    auto *operation = new PendingOperation(this);
    QPointer<PendingOperation> guard(operation);
    enqueue([this, guard, name, value] {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(name);
        job->setTextData(value);
        connect(job, &QKeychain::Job::finished, this, [this, guard, name](QKeychain::Job *done) {
            if (done->error() == QKeychain::NoError)
                emit secretChanged(name);
            if (guard) {
                if (done->error() == QKeychain::NoError)
                    guard->succeed();
                else
                    guard->fail(keychainError(done));
            }
            jobDone();
        });
        job->start();
    });
    return operation;
}

PendingOperation *KeychainSecretStore::remove(const QString &name)
{
    auto *operation = new PendingOperation(this);
    QPointer<PendingOperation> guard(operation);
    enqueue([this, guard, name] {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(name);
        connect(job, &QKeychain::Job::finished, this, [this, guard, name](QKeychain::Job *done) {
            if (done->error() == QKeychain::NoError)
                emit secretChanged(name);
            if (guard) {
                if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound)
                    guard->succeed();
                else
                    guard->fail(keychainError(done));
            }
            jobDone();
        });
        job->start();
    });
    return operation;
}

void KeychainSecretStore::enqueue(std::function<void()> job)
{
    m_queue.enqueue(std::move(job));
    if (!m_busy)
        QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}

void KeychainSecretStore::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    m_queue.dequeue()();
}

void KeychainSecretStore::jobDone()
{
    m_busy = false;
    // Never from inside the finished handler: the next job starts on the
    // next turn of the event loop.
    QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}
