// SPDX-License-Identifier: MIT
#include "appenvironmentwrite.h"

#include "secretstore.h"

AppEnvironmentWrite::AppEnvironmentWrite(SecretStore *store, const QString &sessionId,
                                         const AppEnvironment::Values &write, const QStringList &remove,
                                         QObject *parent)
    : PendingOperation(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_write(write)
    , m_remove(remove)
{
}

AppEnvironmentWrite::~AppEnvironmentWrite() = default;

void AppEnvironmentWrite::start()
{
    if (m_write.isEmpty() && m_remove.isEmpty()) {
        finishLater();
        return;
    }
    if (!m_store) {
        finishLater(SpawnError::system(tr("The app's environment is kept in the OS keychain, which cannot be reached here")));
        return;
    }
    QList<PendingOperation *> operations;
    for (auto it = m_write.cbegin(); it != m_write.cend(); ++it)
        operations << m_store->write(keyOf(it.key()), it.value());
    for (const QString &name : std::as_const(m_remove))
        operations << m_store->remove(keyOf(name));
    m_pending = int(operations.size());
    for (PendingOperation *operation : std::as_const(operations))
        connect(operation, &AsyncOperation::finished, this, [this, operation] { onDone(operation); });
}

QString AppEnvironmentWrite::keyOf(const QString &name) const
{
    return m_sessionId.isEmpty() ? AppEnvironment::savedKey(name) : AppEnvironment::keychainKey(m_sessionId, name);
}

void AppEnvironmentWrite::onDone(PendingOperation *operation)
{
    operation->deleteLater();
    if (!operation->succeeded() && !m_error.isError())
        m_error = operation->error();
    if (--m_pending > 0 || isFinished())
        return;
    if (m_error.isError())
        fail(m_error);
    else
        succeed();
}
