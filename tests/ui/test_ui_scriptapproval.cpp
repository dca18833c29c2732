// SPDX-License-Identifier: MIT
#include "fakesandbox.h"
#include "scriptapprovalbar.h"
#include "uitestfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// The session page's bar for install scripts: it appears for a package the
// app asks for and the user has not approved; the deployment did not wait
// for it (the app is ready, npm ran with --ignore-scripts); Allow stores the
// approval and redeploys, whose install runs `npm rebuild sharp`; the bar
// does not come back for sharp, but does, for that one only, when a later
// version asks for another package; Not now hides it.
class TestUiScriptApproval final : public QObject
{
    Q_OBJECT

private slots:
    void bar_appearsAllowRedeploysWithTheScripts_andAsksOnlyForNewPackages();
};

namespace {
AppBundle sharpApp(const QStringList &npmScripts)
{
    Manifest manifest(AppType::Api);
    manifest.setStart(u"node server.js"_s);
    manifest.setNpmPackages({u"sharp@0.33"_s});
    manifest.setNpmScripts(npmScripts);
    return AppBundle(manifest, {{u"server.js"_s, "require('sharp')", false}});
}

bool ranRebuild(const FakeSandbox *sandbox)
{
    for (const CommandSpec &spec : sandbox->commands()) {
        if (spec.argv.value(0) == u"npm" && spec.argv.value(1) == u"rebuild")
            return spec.argv.contains(u"sharp"_s);
    }
    return false;
}
} // namespace

void TestUiScriptApproval::bar_appearsAllowRedeploysWithTheScripts_andAsksOnlyForNewPackages()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SpawnRequest request;
    request.bundle = sharpApp({u"sharp"_s});
    request.prompt = u"Folder: resizer"_s;
    SpawnError error;
    const QString id = fixture.manager().spawn(request, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    // The deployment never waits for the approval.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().session(id)->status, SessionStatus::Ready, 20000);
    FakeSandbox *first = fixture.provider().lastSandbox();
    QVERIFY(first);
    QVERIFY(first->commands().at(0).argv.contains(u"--ignore-scripts"_s));
    QVERIFY(!ranRebuild(first));

    QWidget page;
    auto *bar = new ScriptApprovalBar(&fixture.manager(), &page);
    page.show();
    bar->setSessionId(id);
    auto *text = bar->findChild<QLabel *>(u"scriptApprovalText"_s);
    auto *allow = bar->findChild<QPushButton *>(u"allowScriptsButton"_s);
    auto *notNow = bar->findChild<QPushButton *>(u"notNowScriptsButton"_s);
    QVERIFY(text && allow && notNow);
    QVERIFY(bar->isVisible());
    QCOMPARE(text->text(), u"This app asks to run the install scripts of: sharp."_s);

    allow->click();
    QTRY_COMPARE(fixture.store().session(id)->approvedScripts, QStringList{u"sharp"_s});
    QTRY_COMPARE_WITH_TIMEOUT(fixture.provider().createCalls(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().session(id)->status, SessionStatus::Ready, 20000);
    FakeSandbox *second = fixture.provider().lastSandbox();
    QVERIFY(second && second != first);
    QVERIFY(ranRebuild(second));
    bar->refresh();
    QVERIFY(!bar->isVisible());

    // A later version that asks for one more package asks for that one only.
    const AppBundle next = sharpApp({u"sharp"_s, u"bcrypt"_s});
    QVERIFY(fixture.store().saveAppVersion(id, QString::fromUtf8(next.manifest().toJson()), next.files(),
                                           u"follow-up: thumbnails"_s) > 0);
    bar->refresh();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->pending(), QStringList{u"bcrypt"_s});
    QCOMPARE(text->text(), u"This app asks to run the install scripts of: bcrypt."_s);
    notNow->click();
    QVERIFY(!bar->isVisible());
    bar->refresh();
    QVERIFY(!bar->isVisible());
    QCOMPARE(fixture.store().session(id)->approvedScripts, QStringList{u"sharp"_s});
}

QTEST_MAIN(TestUiScriptApproval)
#include "test_ui_scriptapproval.moc"
