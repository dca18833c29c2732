// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "workflow/scriptapproval.h"

#include <QSqlQuery>
#include <QTest>

// The approval of install scripts is the session's: given once, stored
// (schema 13), merged with what came before, kept across a restart; a
// package asked for later is pending on its own.
class TestScriptApproval final : public QObject
{
    Q_OBJECT

private slots:
    void approval_isStoredMergedAndKeptAcrossARestart();
    void pending_isOnlyWhatIsNotApprovedYet();
    void approve_refusesWhatIsNoPackageName();
    void schema12History_upgradesWithNothingApproved();
};

namespace {
QString newSession(SessionStore &store)
{
    Session session;
    session.prompt = QStringLiteral("an image resizer");
    session.approvedScripts = {QStringLiteral("sharp")};
    if (store.createSession(session).isError())
        return {};
    return session.id;
}
} // namespace

void TestScriptApproval::approval_isStoredMergedAndKeptAcrossARestart()
{
    StoreFixture fixture;
    QVERIFY(fixture.open());
    const QString id = newSession(fixture.store());
    QVERIFY(!id.isEmpty());
    QCOMPARE(fixture.store().session(id)->approvedScripts, QStringList{QStringLiteral("sharp")});

    QVERIFY(!ScriptApproval::approve(&fixture.store(), id, {QStringLiteral("bcrypt"), QStringLiteral("sharp")}).isError());
    QVERIFY(fixture.reopen());
    QCOMPARE(fixture.store().session(id)->approvedScripts, (QStringList{QStringLiteral("bcrypt"), QStringLiteral("sharp")}));

    QSqlQuery query(fixture.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT approved_scripts FROM sessions WHERE id = '%1'").arg(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral(R"(["bcrypt","sharp"])"));
}

void TestScriptApproval::pending_isOnlyWhatIsNotApprovedYet()
{
    Session session;
    session.approvedScripts = {QStringLiteral("sharp")};
    QVERIFY(ScriptApproval::pending(session, {QStringLiteral("sharp")}).isEmpty());
    // A follow-up that asks for one more package asks for that one only.
    QCOMPARE(ScriptApproval::pending(session, {QStringLiteral("bcrypt"), QStringLiteral("sharp")}),
             QStringList{QStringLiteral("bcrypt")});
}

void TestScriptApproval::approve_refusesWhatIsNoPackageName()
{
    StoreFixture fixture;
    QVERIFY(fixture.open());
    const QString id = newSession(fixture.store());
    for (const QString &bad : {QStringLiteral("--unsafe-perm"), QStringLiteral("sharp@1"), QStringLiteral("a b"),
                               QStringLiteral(":all:"), QString()}) {
        const SpawnError error = ScriptApproval::approve(&fixture.store(), id, {bad});
        QVERIFY2(error.isError(), qPrintable(bad));
        QCOMPARE(error.kind, ErrorKind::User);
    }
    QCOMPARE(fixture.store().session(id)->approvedScripts, QStringList{QStringLiteral("sharp")});
    QVERIFY(ScriptApproval::approve(&fixture.store(), QStringLiteral("no-such-session"), {QStringLiteral("sharp")}).isError());
}

void TestScriptApproval::schema12History_upgradesWithNothingApproved()
{
    StoreFixture fixture;
    {
        Database old(Paths::databaseFile(), builtinMigrations().mid(0, 12));
        QVERIFY(!old.open().isError());
        QCOMPARE(old.schemaVersion(), 12);
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sessions (id, prompt, app_type, status, created_at, updated_at) VALUES "
            "('s1', 'a clock', 'webapp', 'stopped', '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z')")));
    }
    QVERIFY(fixture.open());
    QCOMPARE(fixture.database().schemaVersion(), 13);
    QVERIFY(fixture.store().session(QStringLiteral("s1"))->approvedScripts.isEmpty());
    QVERIFY(!ScriptApproval::approve(&fixture.store(), QStringLiteral("s1"), {QStringLiteral("sharp")}).isError());
    QCOMPARE(fixture.store().session(QStringLiteral("s1"))->approvedScripts, QStringList{QStringLiteral("sharp")});
}

QTEST_GUILESS_MAIN(TestScriptApproval)
#include "test_scriptapproval.moc"
