// SPDX-License-Identifier: MIT
#include "database.h"

#include "common/paths.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <atomic>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR Database */

Q_LOGGING_CATEGORY(lcDatabase, "spawnai.store.database")

// How long a write waits for another SpawnAI process (the CLI next to the
// desktop app) to release the file before giving up with a retryable error.
constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"spawnai.store." + QString::number(++counter);
}
} // namespace

Database::Database()
    : Database(Paths::databaseFile(), builtinMigrations())
{
}

Database::Database(const QString &filePath, QList<Migration> migrations)
    : m_filePath(filePath)
    , m_connectionName(nextConnectionName())
    , m_migrations(std::move(migrations))
{
}

Database::~Database()
{
    close();
}

SpawnError Database::open()
{
    if (isOpen())
        return {};
    if (const SpawnError error = checkMigrationList(); error.isError())
        return error;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=" + QString::number(BusyTimeoutMs));
        if (!db.open()) {
            const SpawnError error = StoreSql::storeError(
                tr("Could not open the session history at %1").arg(m_filePath), db.lastError());
            close();
            return error;
        }
    }
    SpawnError error = configure();
    if (!error.isError())
        error = migrate();
    if (error.isError()) {
        qCCritical(lcDatabase).noquote() << error.message;
        close();
        return error;
    }
    qCDebug(lcDatabase) << "Opened" << m_filePath << "at schema" << schemaVersion();
    return {};
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

int Database::schemaVersion() const
{
    return isOpen() ? readUserVersion() : -1;
}

int Database::latestSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SpawnError Database::checkMigrationList() const
{
    // Versions are stored in user_version, so the list must count 1, 2, 3...
    // A gap or a reordering would skip or repeat a step on users' files.
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations.at(i).version != i + 1) {
            return SpawnError::system(tr("The schema history is malformed: step %1 is numbered %2")
                                          .arg(i + 1)
                                          .arg(m_migrations.at(i).version));
        }
    }
    return {};
}

SpawnError Database::configure()
{
    // PRAGMAs take no bound parameters; these are fixed texts, not data.
    QSqlQuery query(connection());
    const auto fail = [&](const QString &what) {
        return StoreSql::storeError(tr("Could not prepare the session history at %1 (%2)").arg(m_filePath, what),
                                    query.lastError());
    };
    if (!query.exec(u"PRAGMA busy_timeout = " + QString::number(BusyTimeoutMs)))
        return fail(QStringLiteral("busy timeout"));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return fail(QStringLiteral("journal mode"));
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return SpawnError::system(tr("The session history at %1 cannot use write-ahead logging (journal mode is %2)")
                                      .arg(m_filePath, query.value(0).toString()));
    }
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(QStringLiteral("synchronous"));
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(QStringLiteral("foreign keys"));
    return {};
}

SpawnError Database::migrate()
{
    const int current = readUserVersion();
    if (current < 0) {
        return StoreSql::storeError(tr("Could not read the schema version of %1").arg(m_filePath),
                                    connection().lastError());
    }
    if (current > latestSchemaVersion()) {
        return SpawnError::user(tr("The session history at %1 was written by a newer SpawnAI (schema %2, this "
                                   "version knows up to %3). Update SpawnAI to open it.")
                                    .arg(m_filePath)
                                    .arg(current)
                                    .arg(latestSchemaVersion()));
    }
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        if (const SpawnError error = applyMigration(migration); error.isError())
            return error;
    }
    return {};
}

SpawnError Database::applyMigration(const Migration &migration)
{
    const QString step = u"schema " + QString::number(migration.version) + u" ("
                         + migration.description + u")";
    const auto failed = [&](const QSqlError &error) {
        return StoreSql::storeError(tr("Upgrading the session history at %1 to %2 failed; the file was left as it "
                                       "was")
                                        .arg(m_filePath, step),
                                    error);
    };
    Transaction transaction(connection());
    if (!transaction.begin())
        return failed(transaction.lastError());
    // Another SpawnAI process may have run this step while we waited for the lock.
    if (readUserVersion() >= migration.version)
        return {};
    for (const QString &statement : migration.statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement))
            return failed(query.lastError());
    }
    {
        QSqlQuery query(connection());
        if (!query.exec(u"PRAGMA user_version = " + QString::number(migration.version)))
            return failed(query.lastError());
    }
    if (!transaction.commit())
        return failed(transaction.lastError());
    qCInfo(lcDatabase).noquote() << "Upgraded" << m_filePath << "to" << step;
    return {};
}

int Database::readUserVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}
