// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One step of the schema history. Database::open() runs each pending step in
// its own transaction together with the bump of PRAGMA user_version, so a
// step is either fully applied or not at all.
struct Migration
{
    int version = 0;  // the schema version after this step; 1, 2, 3, ...
    QString description;
    QStringList statements;  // run in order, one SQL statement each
};

// The shipped schema history, oldest first. Append only: a migration that
// has shipped is never edited, because users' files already went through it.
QList<Migration> builtinMigrations();
