// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "migration.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The SQLite file that holds the session history. Each instance has a Qt Sql
// connection of its own (unique name), so several instances, also on the
// same file, never share a handle. Like every Qt Sql connection it is used
// only from the thread that opened it.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // The user's history at Paths::databaseFile(), with the shipped schema.
    Database();
    // Any file and schema history; tests inject a failing migration here.
    Database(const QString &filePath, QList<Migration> migrations);
    ~Database();

    // Opens the file (creating it and its folder if needed), switches on WAL,
    // synchronous=NORMAL, foreign keys and a busy timeout, and runs pending
    // migrations. On failure the connection is closed again, the file is
    // left as it was and the error says why.
    SpawnError open();
    void close();
    bool isOpen() const;

    // PRAGMA user_version of the open file; -1 when closed.
    int schemaVersion() const;
    // The version the migration list leads to.
    int latestSchemaVersion() const;

    QString filePath() const { return m_filePath; }
    QString connectionName() const { return m_connectionName; }
    // An invalid QSqlDatabase when closed.
    QSqlDatabase connection() const;

private:
    SpawnError checkMigrationList() const;
    SpawnError configure();
    SpawnError migrate();
    SpawnError applyMigration(const Migration &migration);
    int readUserVersion() const;

    QString m_filePath;
    QString m_connectionName;
    QList<Migration> m_migrations;
};
