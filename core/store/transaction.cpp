// SPDX-License-Identifier: MIT
#include "transaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcTransaction, "spawnai.store.transaction")
} // namespace

Transaction::Transaction(const QSqlDatabase &database)
    : m_database(database)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin()
{
    m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    return m_active;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!run(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    const QSqlError reason = m_error;
    if (!run(QStringLiteral("ROLLBACK")))
        qCCritical(lcTransaction) << "Rolling back failed:" << m_error.text();
    // Callers report why the work failed, not the rollback's own result.
    if (reason.isValid())
        m_error = reason;
}

bool Transaction::run(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    qCWarning(lcTransaction).noquote() << statement << "failed:" << m_error.text();
    return false;
}
