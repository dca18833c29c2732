// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// A write transaction that rolls back unless commit() succeeded. It starts
// with BEGIN IMMEDIATE: the write lock is taken up front, so a read followed
// by a write inside it cannot fail half-way because another process (the CLI
// next to the desktop app) wrote in between; it waits for the busy timeout.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const QSqlDatabase &database);
    ~Transaction();

    bool begin();
    bool commit();
    void rollback();
    // Why begin() or commit() failed.
    QSqlError lastError() const { return m_error; }

private:
    bool run(const QString &statement);

    QSqlDatabase m_database;
    QSqlError m_error;
    bool m_active = false;
};
