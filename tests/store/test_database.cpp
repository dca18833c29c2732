// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabase_isAtLatestSchemaInWalMode();
    void freshDatabase_hasEveryTableAndIndex();
    void reopening_keepsData();
    void failedMigration_rollsBackAndLeavesFileAsItWas();
    void newMigration_upgradesAndKeepsData();
    void newerSchema_isRefused();
    void malformedMigrationList_isRefused();
    void notADatabase_isAClearError();
    void twoInstances_haveTheirOwnConnections();

private:
    QString pragma(const QString &name);
    QStringList schemaNames(const QString &type);
    QByteArray fileHash(const QString &path);
    QString addSession(const QString &prompt);

    std::unique_ptr<StoreFixture> m_fixture;
};

void TestDatabase::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
}

void TestDatabase::cleanup()
{
    m_fixture.reset();
}

QString TestDatabase::pragma(const QString &name)
{
    QSqlQuery query(m_fixture->database().connection());
    if (!query.exec(u"PRAGMA " + name) || !query.next())
        return {};
    return query.value(0).toString();
}

QStringList TestDatabase::schemaNames(const QString &type)
{
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    query.addBindValue(type);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QByteArray TestDatabase::fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString TestDatabase::addSession(const QString &prompt)
{
    Session session;
    session.prompt = prompt;
    if (m_fixture->store().createSession(session).isError())
        return {};
    return session.id;
}

void TestDatabase::freshDatabase_isAtLatestSchemaInWalMode()
{
    QVERIFY(!QFile::exists(Paths::databaseFile()));
    QVERIFY(m_fixture->open());
    QCOMPARE(m_fixture->database().filePath(), Paths::databaseFile());
    QVERIFY(QFile::exists(Paths::databaseFile()));
    QVERIFY(Paths::databaseFile().startsWith(m_fixture->dataDir()));

    QCOMPARE(m_fixture->database().schemaVersion(), builtinMigrations().constLast().version);
    QCOMPARE(m_fixture->database().latestSchemaVersion(), builtinMigrations().constLast().version);
    QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("1"));  // NORMAL
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(pragma(QStringLiteral("busy_timeout")).toInt() >= 1000);
}

void TestDatabase::freshDatabase_hasEveryTableAndIndex()
{
    QVERIFY(m_fixture->open());
    const QStringList tables = schemaNames(QStringLiteral("table"));
    for (const char *table : {"app_files", "app_versions", "llm_usage", "session_events",
                              "sessions", "usage_metrics"})
        QVERIFY2(tables.contains(QLatin1StringView(table)), table);

    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM sessions LIMIT 0")));
    const QSqlRecord columns = query.record();
    for (const char *column : {"id", "prompt", "app_type", "provider", "model", "template_name",
                               "sandbox_kind", "status", "created_at", "updated_at", "expires_at",
                               "app_url", "sandbox_id", "error_kind", "error_message",
                               "error_retryable", "estimated_cost", "actual_cost"})
        QVERIFY2(columns.contains(QLatin1StringView(column)), column);

    // Every index the history's queries rely on, by the columns it covers.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT m.tbl_name || '(' || group_concat(i.name, ',') || ')' "
        "FROM sqlite_master m, pragma_index_info(m.name) i "
        "WHERE m.type = 'index' GROUP BY m.name")));
    QStringList indexed;
    while (query.next())
        indexed.append(query.value(0).toString());
    for (const char *index : {"sessions(status)", "sessions(created_at)", "sessions(updated_at)",
                              "session_events(session_id,id)", "usage_metrics(session_id)",
                              "usage_metrics(start_time)", "llm_usage(session_id)",
                              "llm_usage(time)"})
        QVERIFY2(indexed.contains(QLatin1StringView(index)), index);
}

void TestDatabase::reopening_keepsData()
{
    QVERIFY(m_fixture->open());
    const QString id = addSession(QStringLiteral("A guest book"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_fixture->reopen());
    const std::optional<Session> session = m_fixture->store().session(id);
    QVERIFY(session);
    QCOMPARE(session->prompt, QStringLiteral("A guest book"));
    QCOMPARE(m_fixture->database().schemaVersion(), builtinMigrations().constLast().version);
}

void TestDatabase::failedMigration_rollsBackAndLeavesFileAsItWas()
{
    QVERIFY(m_fixture->open());
    const QString id = addSession(QStringLiteral("Keep me"));
    QVERIFY(!id.isEmpty());
    const int before = m_fixture->database().schemaVersion();
    m_fixture->close();
    const QByteArray hashBefore = fileHash(Paths::databaseFile());
    QVERIFY(!hashBefore.isEmpty());

    // The first statements succeed, the last one fails: none may stick.
    QList<Migration> migrations = builtinMigrations();
    migrations.append({before + 1, QStringLiteral("broken"),
                       {QStringLiteral("CREATE TABLE doomed (x TEXT)"),
                        QStringLiteral("ALTER TABLE sessions ADD COLUMN doomed TEXT"),
                        QStringLiteral("UPDATE sessions SET prompt = 'overwritten'"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    {
        Database broken(Paths::databaseFile(), migrations);
        const SpawnError error = broken.open();
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"schema " + QString::number(before + 1)),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(u"no_such_table"), qPrintable(error.message));
        QVERIFY(!broken.isOpen());
        QCOMPARE(broken.schemaVersion(), -1);
    }
    QCOMPARE(fileHash(Paths::databaseFile()), hashBefore);

    QVERIFY(m_fixture->open());
    QCOMPARE(m_fixture->database().schemaVersion(), before);
    QVERIFY(!schemaNames(QStringLiteral("table")).contains(u"doomed"));
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM sessions LIMIT 0")));
    QVERIFY(!query.record().contains(QStringLiteral("doomed")));
    QCOMPARE(m_fixture->store().session(id)->prompt, QStringLiteral("Keep me"));
}

void TestDatabase::newMigration_upgradesAndKeepsData()
{
    QVERIFY(m_fixture->open());
    const QString id = addSession(QStringLiteral("Survive the upgrade"));
    const int before = m_fixture->database().schemaVersion();
    m_fixture->close();

    QList<Migration> migrations = builtinMigrations();
    migrations.append({before + 1, QStringLiteral("tags"),
                       {QStringLiteral("ALTER TABLE sessions ADD COLUMN tags TEXT"),
                        QStringLiteral("UPDATE sessions SET tags = 'imported'")}});
    Database upgraded(Paths::databaseFile(), migrations);
    QVERIFY(!upgraded.open().isError());
    QCOMPARE(upgraded.schemaVersion(), before + 1);
    QSqlQuery query(upgraded.connection());
    query.prepare(QStringLiteral("SELECT prompt, tags FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Survive the upgrade"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("imported"));
}

void TestDatabase::newerSchema_isRefused()
{
    QList<Migration> future = builtinMigrations();
    future.append({future.constLast().version + 1, QStringLiteral("from the future"),
                   {QStringLiteral("CREATE TABLE future (x TEXT)")}});
    {
        Database newer(Paths::databaseFile(), future);
        QVERIFY(!newer.open().isError());
    }
    Database current(Paths::databaseFile(), builtinMigrations());
    const SpawnError error = current.open();
    QVERIFY(error.isError());
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(u"newer SpawnAI"), qPrintable(error.message));
    QVERIFY(!current.isOpen());

    Database again(Paths::databaseFile(), future);
    QVERIFY(!again.open().isError());
    QCOMPARE(again.schemaVersion(), future.constLast().version);
}

void TestDatabase::malformedMigrationList_isRefused()
{
    const QList<Migration> gap{{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}},
                               {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE c (x)")}}};
    Database database(Paths::databaseFile(), gap);
    const SpawnError error = database.open();
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(u"malformed"), qPrintable(error.message));
    QVERIFY(!database.isOpen());
}

void TestDatabase::notADatabase_isAClearError()
{
    const QByteArray garbage(8192, 'x');
    {
        QFile file(Paths::databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    Database database;
    const SpawnError error = database.open();
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(Paths::databaseFile()), qPrintable(error.message));
    QVERIFY(!database.isOpen());
    QFile file(Paths::databaseFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestDatabase::twoInstances_haveTheirOwnConnections()
{
    QVERIFY(m_fixture->open());
    Database second;
    QVERIFY(!second.open().isError());
    QVERIFY(second.connectionName() != m_fixture->database().connectionName());

    const QString id = addSession(QStringLiteral("Seen by both"));
    SessionStore other(second);
    QVERIFY(other.session(id));

    m_fixture->close();
    QVERIFY(second.isOpen());
    QCOMPARE(other.session(id)->prompt, QStringLiteral("Seen by both"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
