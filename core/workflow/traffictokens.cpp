// SPDX-License-Identifier: MIT
#include "traffictokens.h"

#include "common/pendingoperation.h"
#include "secrets/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcTokens, "spawnai.cloud.tokens")
}

TrafficTokens::TrafficTokens(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // A keychain that changed may answer now where it failed before.
    if (m_store)
        connect(m_store, &SecretStore::secretChanged, this, [this] { m_failed.clear(); });
}

TrafficTokens::~TrafficTokens() = default;

void TrafficTokens::remember(const QString &sandboxId, const QString &token)
{
    if (token.isEmpty()) {
        m_none.insert(sandboxId);
        return;
    }
    m_tokens.insert(sandboxId, token);
    m_none.remove(sandboxId);
    if (m_store)
        track(m_store->write(SecretNames::trafficToken(sandboxId), token), sandboxId, "keep", true);
}

void TrafficTokens::forget(const QString &sandboxId)
{
    const bool known = m_tokens.remove(sandboxId) > 0;
    if (m_none.remove(sandboxId) || !m_store)
        return;
    track(m_store->remove(SecretNames::trafficToken(sandboxId)), sandboxId, "remove", known);
}

PendingOperation *TrafficTokens::load(const QString &sandboxId)
{
    if (!m_store || m_tokens.contains(sandboxId) || m_none.contains(sandboxId))
        return answered({});
    if (const auto failed = m_failed.constFind(sandboxId); failed != m_failed.cend())
        return answered(*failed);
    if (PendingOperation *reading = m_reading.value(sandboxId))
        return reading;
    auto *loading = new PendingOperation(this);
    connect(loading, &AsyncOperation::finished, loading, &QObject::deleteLater);
    m_reading.insert(sandboxId, loading);
    // A cancelled wait goes; the reading goes on and its answer is kept.
    connect(loading, &QObject::destroyed, this, [this, sandboxId, loading] {
        if (m_reading.value(sandboxId) == loading)
            m_reading.remove(sandboxId);
    });
    SecretReading *reading = m_store->read(SecretNames::trafficToken(sandboxId));
    connect(reading, &AsyncOperation::finished, this,
            [this, reading, sandboxId, waiting = QPointer<PendingOperation>(loading)] {
                reading->deleteLater();
                if (m_reading.value(sandboxId) == waiting)
                    m_reading.remove(sandboxId);
                const bool answering = waiting && !waiting->isFinished();
                if (!reading->succeeded()) {
                    // Once: the window asks again on every refresh of the session's page.
                    qCWarning(lcTokens).noquote() << "the keychain could not be read for sandbox" << sandboxId
                                                  << ":" << reading->error().message;
                    m_failed.insert(sandboxId, reading->error());
                    if (answering)
                        waiting->fail(reading->error());
                    return;
                }
                if (!reading->found()) {
                    m_none.insert(sandboxId);
                } else {
                    m_tokens.insert(sandboxId, reading->value());
                    emit found(sandboxId);
                }
                if (answering)
                    waiting->succeed();
            });
    return loading;
}

PendingOperation *TrafficTokens::answered(const SpawnError &error)
{
    auto *operation = new PendingOperation(this);
    connect(operation, &AsyncOperation::finished, operation, &QObject::deleteLater);
    operation->finishLater(error);
    return operation;
}

PendingOperation *TrafficTokens::flush()
{
    auto *operation = new PendingOperation(this);
    connect(operation, &AsyncOperation::finished, operation, &QObject::deleteLater);
    if (m_pending == 0)
        operation->finishLater();
    else
        m_flushes << operation;
    return operation;
}

void TrafficTokens::track(PendingOperation *operation, const QString &sandboxId, const char *what, bool known)
{
    ++m_pending;
    connect(operation, &AsyncOperation::finished, this, [this, operation, sandboxId, what, known] {
        operation->deleteLater();
        // Never kept (no keychain here): nothing to remove when the sandbox ends.
        if (!operation->succeeded() && qstrcmp(what, "keep") == 0)
            m_none.insert(sandboxId);
        if (operation->succeeded())
            qCDebug(lcTokens) << what << "the traffic token of sandbox" << sandboxId << "in the keychain: done";
        else if (known)
            qCWarning(lcTokens).noquote() << "could not" << what << "the traffic token of sandbox" << sandboxId
                                          << "in the keychain (a private app kept running opens after a restart only "
                                             "with it):"
                                          << operation->error().message;
        else  // most likely a public sandbox of an earlier run: there was nothing to remove
            qCDebug(lcTokens).noquote() << "could not look for a traffic token of sandbox" << sandboxId
                                        << "in the keychain:" << operation->error().message;
        settled();
    });
}

void TrafficTokens::settled()
{
    if (--m_pending > 0)
        return;
    for (PendingOperation *flush : std::exchange(m_flushes, {}))
        flush->succeed();
}
