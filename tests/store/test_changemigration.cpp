// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "store/changefeed.h"

#include <QSqlQuery>
#include <QTest>

// Schema 8 -> 9: a history written before the feed keeps every session and
// event, and each session gets its state as change 1.
class TestChangeMigration final : public QObject
{
    Q_OBJECT

private slots:
    void schema8History_keepsDataAndStartsEachSessionAtSeq1();
};

void TestChangeMigration::schema8History_keepsDataAndStartsEachSessionAtSeq1()
{
    StoreFixture fixture;
    QVERIFY(fixture.isValid());
    {
        Database old(Paths::databaseFile(), builtinMigrations().mid(0, 8));
        QVERIFY(!old.open().isError());
        QCOMPARE(old.schemaVersion(), 8);
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sessions (id, prompt, app_type, status, created_at, updated_at, app_url, expires_at) VALUES "
            "('s1', 'a clock', 'web', 'ready', '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z', "
            "'http://127.0.0.1:4000/', '2026-12-01T10:20:00.000Z'), "
            "('s2', 'a timer', 'web', 'stopped', '2026-12-01T09:00:00.000Z', '2026-12-01T09:30:00.000Z', NULL, NULL)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO session_events (session_id, time, kind, detail) VALUES "
            "('s1', '2026-12-01T10:00:00.000Z', 'created', ''), ('s2', '2026-12-01T09:00:00.000Z', 'created', '')")));
    }
    QVERIFY(fixture.open());
    QCOMPARE(fixture.database().schemaVersion(), fixture.database().latestSchemaVersion());
    SessionStore &store = fixture.store();
    QCOMPARE(store.sessions().size(), 2);
    QCOMPARE(store.session(QStringLiteral("s1"))->appUrl, QUrl(QStringLiteral("http://127.0.0.1:4000/")));
    QCOMPARE(store.events(QStringLiteral("s2")).size(), 1);

    const QList<SessionChange> changes = store.feed()->changes({}).changes;
    QCOMPARE(changes.size(), 2);
    // Oldest update first, so the '*' order follows the history.
    QCOMPARE(changes[0].sessionId, QStringLiteral("s2"));
    QCOMPARE(changes[1].sessionId, QStringLiteral("s1"));
    for (const SessionChange &change : changes) {
        QCOMPARE(change.seq, 1);
        QCOMPARE(change.type, ChangeType::Status);
    }
    QCOMPARE(changes[1].payload.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(changes[1].payload.value(u"appUrl").toString(), QStringLiteral("http://127.0.0.1:4000/"));
    QCOMPARE(changes[1].payload.value(u"expiresAt").toString(), QStringLiteral("2026-12-01T10:20:00.000Z"));
    QVERIFY(changes[0].payload.value(u"appUrl").isNull());
    QCOMPARE(changes[1].at, QDateTime::fromString(QStringLiteral("2026-12-01T10:05:00.000Z"), Qt::ISODateWithMs));

    // The sessions go on from there.
    QVERIFY(!store.transition(QStringLiteral("s1"), SessionStatus::Stopped, {}).isError());
    ChangeQuery query;
    query.sessionId = QStringLiteral("s1");
    const ChangePage page = store.feed()->changes(query);
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.constLast().seq, 2);
    QVERIFY(!page.gap);
}

QTEST_GUILESS_MAIN(TestChangeMigration)
#include "test_changemigration.moc"
