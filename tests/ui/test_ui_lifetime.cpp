// SPDX-License-Identifier: MIT
#include "erroradvice.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "notifier.h"
#include "sandbox/e2b/e2berrors.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"
#include "workflow/runautoextend.h"
#include "workflow/runexpiry.h"
#include "workflow/sessionholds.h"
#include "workflow/sessionrunner.h"

#include <QAbstractButton>
#include <QAction>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace UiWindowHelpers;

// Issue 17, items 7 and 8, in the window: it holds the session whose page
// is on screen (so that its sandbox is extended by itself), Extend is off
// and the warning does not offer it once the plan's longest run is
// reached, the default lifetime is a setting, and a plan the E2B account
// does not have comes with a button that sets the one it has.
class TestUiLifetime final : public QObject
{
    Q_OBJECT

public:
    // The preview (WebEngine) shares GL contexts with the widgets.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void shownSession_isHeld_whileItsPageIsOnScreen();
    void atThePlansLongestRun_extendIsOff_andTheWarningSaysWhy();
    void defaultsPage_setsTheDefaultLifetime();
    void accountBelowThePlan_offersSetThePlan_andTheButtonSetsIt();
};

namespace {
QString spawnReady(MainWindow &window)
{
    window.spawnTemplate(u"static-site"_s);
    if (!QTest::qWaitFor([&window] { return shownStatus(window) == SessionStatus::Ready; }, 10000))
        return {};
    return window.currentSessionId();
}

// A session that failed as E2B's 400 "Timeout cannot be greater than 1
// hours" leaves it when the plan is pro and the account hobby.
QString failedOnTheAccountsPlan(SessionStore &store)
{
    Session session;
    session.prompt = u"Template: static-site"_s;
    session.sandboxKind = u"e2b"_s;
    if (store.createSession(session).isError()
        || store.transition(session.id, SessionStatus::Provisioning, u"creating"_s).isError()
        || store.fail(session.id, E2bErrors::accountAllows(1h), u"creating the sandbox"_s).isError())
        return {};
    return session.id;
}
} // namespace

void TestUiLifetime::shownSession_isHeld_whileItsPageIsOnScreen()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    const QString id = spawnReady(window);
    QVERIFY(!id.isEmpty());
    const SessionHolds *holds = fixture.manager().holds();
    QTRY_VERIFY(holds->isHeld(id));
    QVERIFY(fixture.manager().runner(id)->expiry()->autoExtend()->isHeld());

    window.newApp();  // another page
    QTRY_VERIFY(!holds->isHeld(id));
    QVERIFY(!fixture.manager().runner(id)->expiry()->autoExtend()->isHeld());
    window.selectSession(id);
    QTRY_VERIFY(holds->isHeld(id));
    window.hide();  // as when it goes to the tray
    QTRY_VERIFY(!holds->isHeld(id));
    QVERIFY(showWindow(window));
    QTRY_VERIFY(holds->isHeld(id));
    QCOMPARE(holds->holdCount(id), 1);

    // An ended session is not held: its next run is a redeploy's.
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_VERIFY(!holds->isHeld(id));
}

// The fake sandbox ends an hour after its start: the hobby plan's longest
// run. Extend used to be offered (and refuse) there.
void TestUiLifetime::atThePlansLongestRun_extendIsOff_andTheWarningSaysWhy()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    const QString id = spawnReady(window);
    QVERIFY(!id.isEmpty());
    auto *extend = child<QAbstractButton>(window, u"extendButton"_s);
    QTRY_VERIFY(!extend->isEnabled());
    QVERIFY2(extend->toolTip().contains(u"The hobby plan runs a sandbox for at most 60 minute"_s),
             qPrintable(extend->toolTip()));

    const SpawnError refusal = fixture.manager().runner(id)->expiry()->extensionRefusal();
    QVERIFY(refusal.isError());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Notification warning = Notifier::expiresSoon(*fixture.store().session(id), now.addSecs(300), now, refusal);
    QVERIFY(!warning.canExtend);
    QVERIFY2(!warning.message.contains(u"Extend"_s), qPrintable(warning.message));
    QVERIFY2(warning.message.contains(u"stops in 5 minute"_s), qPrintable(warning.message));
    QVERIFY2(warning.message.contains(refusal.message), qPrintable(warning.message));

    // On pro the same sandbox has 23 hours to go: Extend is on again.
    fixture.manager().setPlan(Plan::Pro);
    QTRY_VERIFY(extend->isEnabled());
    QVERIFY(Notifier::expiresSoon(*fixture.store().session(id), now.addSecs(300), now, {}).canExtend);
}

void TestUiLifetime::defaultsPage_setsTheDefaultLifetime()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    AppSettings settings(fixture.dataDir() + u"/settings.ini"_s);
    MainWindow window(&fixture.manager(), nullptr, &settings);
    window.showSettings();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Defaults);
    auto *lifetime = child<QSpinBox>(*dialog, u"lifetimeSpin"_s);
    QCOMPARE(lifetime->value(), 15);
    QCOMPARE(lifetime->maximum(), 1440);
    lifetime->setValue(30);
    QCOMPARE(settings.defaultLifetime(), 30min);
    QCOMPARE(AppSettings(settings.fileName()).defaultLifetime(), 30min);
}

// Pro chosen on a Hobby account: the stored error says what to set, and
// its button sets it.
void TestUiLifetime::accountBelowThePlan_offersSetThePlan_andTheButtonSetsIt()
{
    const SpawnError mismatch = E2bErrors::accountAllows(1h);
    QVERIFY2(mismatch.message.startsWith(u"Your E2B account allows at most 1 hour"_s), qPrintable(mismatch.message));
    QCOMPARE(ErrorAdvice::actionFor(mismatch), ErrorAdvice::Action::SetPlan);
    QCOMPARE(ErrorAdvice::planToSet(mismatch), std::optional<Plan>(Plan::Hobby));
    QCOMPARE(ErrorAdvice::planToSet(SpawnError::user(u"The hobby plan runs at most 20 sessions at once."_s)),
             std::nullopt);

    UiFixture fixture;
    QVERIFY(fixture.open());
    AppSettings settings(fixture.dataDir() + u"/settings.ini"_s);
    settings.setPlan(Plan::Pro);
    fixture.manager().setPlan(Plan::Pro);
    // As AppContext applies the plan of the settings.
    QObject wiring;
    connect(&settings, &AppSettings::changed, &wiring, [&settings, &fixture](SettingKey key) {
        if (key == SettingKey::Plan)
            fixture.manager().setPlan(settings.plan());
    });
    MainWindow window(&fixture.manager(), nullptr, &settings);
    QVERIFY(showWindow(window));
    const QString id = failedOnTheAccountsPlan(fixture.store());
    QVERIFY(!id.isEmpty());
    window.selectSession(id);

    auto *setPlan = child<QAbstractButton>(window, u"setPlanButton"_s);
    QTRY_VERIFY(setPlan->isVisible());
    QCOMPARE(setPlan->text().remove(u'&'), u"Set the plan to Hobby"_s);
    QVERIFY(!child<QAbstractButton>(window, u"raiseLimitButton"_s)->isVisible());
    QTest::mouseClick(setPlan, Qt::LeftButton);
    QCOMPARE(settings.plan(), Plan::Hobby);
    QCOMPARE(fixture.manager().plan(), Plan::Hobby);
    auto *bar = window.findChild<MessageBar *>();
    QTRY_VERIFY2(bar->text().contains(u"The plan is now Hobby"_s), qPrintable(bar->text()));

    // E2B_PLAN (or --plan) wins over Settings: the bar says so instead.
    settings.setPlan(Plan::Pro);
    QObject::disconnect(&settings, nullptr, &wiring, nullptr);
    QTest::mouseClick(setPlan, Qt::LeftButton);
    QCOMPARE(settings.plan(), Plan::Hobby);
    QCOMPARE(fixture.manager().plan(), Plan::Pro);
    QTRY_VERIFY2(bar->text().contains(u"E2B_PLAN or --plan"_s), qPrintable(bar->text()));
}

QTEST_MAIN(TestUiLifetime)
#include "test_ui_lifetime.moc"
