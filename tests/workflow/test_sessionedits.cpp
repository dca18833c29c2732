// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"
#include "sandbox/sandbox.h"
#include "session/sessionlog.h"
#include "uitestfixture.h"
#include "workflow/sessionrunner.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

// What the session view asks of the manager besides spawning: deploy the
// user's edits, give the sandbox more time, the preview's request headers
// and its console lines in the log.
class TestSessionEdits final : public QObject
{
    Q_OBJECT

private slots:
    void deployEdited_updatesTheRunningAppAsANewVersion();
    void deployEdited_onAStoppedSession_redeploysTheEdit();
    void deployEdited_refusesAnInvalidApp();
    void extend_movesTheExpiry_cappedByThePlan();
    void previewHeaders_andLogLines_comeFromTheRunningSandbox();

private:
    static QString spawnReady(UiFixture &fixture);
};

QString TestSessionEdits::spawnReady(UiFixture &fixture)
{
    SpawnError error;
    SpawnRequest request;
    request.bundle = *TemplateLibrary().load(u"static-site"_s, &error);
    request.prompt = u"Template: static-site"_s;
    request.templateName = u"static-site"_s;
    const QString id = fixture.manager().spawn(request, &error);
    if (error.isError() || id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&] { return fixture.store().session(id)->status == SessionStatus::Ready; }, 10000))
        return {};
    return id;
}

void TestSessionEdits::deployEdited_updatesTheRunningAppAsANewVersion()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = spawnReady(fixture);
    QVERIFY(!id.isEmpty());
    const AppVersion first = *fixture.store().latestAppVersion(id);
    const QByteArray edited = "<!doctype html><title>Edited</title><h1>mine</h1>";

    QVERIFY(!fixture.manager().deployEdited(id, {{u"index.html"_s, edited, false}}).isError());
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 2);
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    const AppVersion second = *fixture.store().latestAppVersion(id);
    QCOMPARE(second.summary, u"edited by hand"_s);
    QCOMPARE(second.files.size(), first.files.size());
    for (const AppFile &file : second.files)
        QCOMPARE(file.content, file.path == u"index.html"_s ? edited : first.files.at(second.files.indexOf(file)).content);
    QCOMPARE(fixture.provider().createCalls(), 1);  // the same sandbox
    QCOMPARE(fixture.provider().lastSandbox()->writtenContent(u"/home/user/app/index.html"_s), edited);
}

void TestSessionEdits::deployEdited_onAStoppedSession_redeploysTheEdit()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = spawnReady(fixture);
    QVERIFY(!id.isEmpty());
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Stopped);

    QVERIFY(!fixture.manager().deployEdited(id, {{u"extra.txt"_s, "new file"_ba, false}}).isError());
    QCOMPARE(fixture.store().latestAppVersion(id)->version, 2);
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    QCOMPARE(fixture.provider().createCalls(), 2);
    QCOMPARE(fixture.provider().lastSandbox()->writtenContent(u"/home/user/app/extra.txt"_s), "new file"_ba);
}

void TestSessionEdits::deployEdited_refusesAnInvalidApp()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = spawnReady(fixture);
    QVERIFY(!id.isEmpty());
    const SpawnError error = fixture.manager().deployEdited(id, {{u"../escape.txt"_s, "x"_ba, false}});
    QVERIFY(error.isError());
    QCOMPARE(fixture.store().latestAppVersion(id)->version, 1);
    QCOMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    QVERIFY(fixture.manager().deployEdited(id, {}).isError());
}

void TestSessionEdits::extend_movesTheExpiry_cappedByThePlan()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    // Hobby: an hour from creation is both the default and the longest run.
    const QString hobby = spawnReady(fixture);
    QVERIFY(!hobby.isEmpty());
    const SpawnError refused = fixture.manager().extend(hobby);
    QVERIFY(refused.isError());
    QVERIFY(refused.message.contains(u"hobby"_s));
    QVERIFY(fixture.manager().extend(u"no-such-session"_s).isError());
    QVERIFY(!fixture.manager().stop(hobby, u"test"_s).isError());

    fixture.manager().setPlan(Plan::Pro);
    const QString pro = spawnReady(fixture);
    QVERIFY(!pro.isEmpty());
    QSignalSpy extended(fixture.manager().runner(pro), &SessionRunner::extended);
    const QDateTime before = fixture.store().session(pro)->expiresAt;
    QVERIFY(!fixture.manager().extend(pro).isError());
    QVERIFY(extended.wait());
    const QDateTime after = fixture.store().session(pro)->expiresAt;
    // One step of the default lifetime past its end, under pro's 24 hours.
    QVERIFY2(qAbs(after.secsTo(before.addSecs(15 * 60))) <= 2, qPrintable(after.toString(Qt::ISODate)));
    const QList<SessionEvent> events = fixture.store().events(pro);
    QVERIFY(events.constLast().detail.startsWith(u"Extended the sandbox until"_s));
}

void TestSessionEdits::previewHeaders_andLogLines_comeFromTheRunningSandbox()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QList<std::pair<QByteArray, QByteArray>> token{{"e2b-traffic-access-token", "secret-token"}};
    fixture.provider().setScript([&token](FakeSandbox *sandbox) { sandbox->setPortRequestHeaders(token); });
    const QString id = spawnReady(fixture);
    QVERIFY(!id.isEmpty());
    QCOMPARE(fixture.manager().previewRequestHeaders(id), token);

    QSignalSpy output(fixture.manager().runner(id), &SessionRunner::logOutput);
    fixture.manager().appendToLog(id, "[console] hello from the page\n");
    QCOMPARE(output.count(), 1);
    QVERIFY(SessionLog::tail(id).contains("[console] hello from the page"));

    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_VERIFY(fixture.manager().previewRequestHeaders(id).isEmpty());
    fixture.manager().appendToLog(id, "dropped\n");
    QVERIFY(!SessionLog::tail(id).contains("dropped"));
}

QTEST_GUILESS_MAIN(TestSessionEdits)
#include "test_sessionedits.moc"
