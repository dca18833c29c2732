// SPDX-License-Identifier: MIT
#include "billing/budgetpolicy.h"
#include "apptranslator.h"
#include "billing/budget.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "notifier.h"
#include "store/usagerecords.h"
#include "traymenu.h"
#include "uitestfixture.h"
#include "workflow/budgetenforcer.h"
#include "workflow/sessionrunner.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestUiNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void texts_sayWhatHappenedInPlainWords();
    void readyAndFailed_areToldOncePerRun();
    void trayMenu_listsARunningSandbox_withStopAndExtend();
    void expiryWarning_offersExtendInTheWindow();
    void budgetThresholds_areToldOnce_andShownWithoutATray();
};

namespace {
Session sessionNamed(const QString &prompt)
{
    Session session;
    session.id = u"1234abcd"_s;
    session.prompt = prompt;
    return session;
}

QList<QAction *> sessionActions(QMenu *menu, const QString &id)
{
    auto *entry = menu->findChild<QMenu *>(u"traySession:"_s + id);
    return entry ? entry->actions() : QList<QAction *>{};
}

QAction *action(QMenu *menu, const QString &name)
{
    const QList<QAction *> all = menu->findChildren<QAction *>(name);
    return all.isEmpty() ? nullptr : all.constFirst();
}

QList<Notification> notes(const QSignalSpy &spy, Notification::Kind kind)
{
    QList<Notification> found;
    for (const QList<QVariant> &arguments : spy) {
        const auto note = arguments.constFirst().value<Notification>();
        if (note.kind == kind)
            found << note;
    }
    return found;
}
} // namespace

void TestUiNotifications::init()
{
    // English's file holds the plural forms ("5 minutes"); every test starts
    // in English, whatever the one before it installed.
    QVERIFY(AppTranslator::install(u"en"_s));
}

void TestUiNotifications::texts_sayWhatHappenedInPlainWords()
{
    const Session timer = sessionNamed(u"a pomodoro timer"_s);
    const Notification ready = Notifier::appReady(timer, QUrl(u"http://127.0.0.1:4100/"_s));
    QCOMPARE(ready.title, u"Your app is ready"_s);
    QCOMPARE(ready.message, u"“a pomodoro timer” is running at http://127.0.0.1:4100/."_s);
    QVERIFY(!ready.warning);

    Session broken = timer;
    broken.error = SpawnError::user(u"The app exited with code 1."_s);
    const Notification failed = Notifier::appFailed(broken);
    QCOMPARE(failed.message, u"“a pomodoro timer” failed: The app exited with code 1."_s);
    QVERIFY(failed.warning);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Notification expiring = Notifier::expiresSoon(timer, now.addSecs(299), now);
    QCOMPARE(expiring.message, u"“a pomodoro timer” stops in 5 minutes. Extend it to keep it running."_s);
    QCOMPARE(expiring.sessionId, timer.id);

    const Notification half = Notifier::budgetThreshold(50, 5.0, 10.0);
    QCOMPARE(half.title, u"50 % of the monthly budget"_s);
    QCOMPARE(half.message, u"$5.00 of your $10.00 monthly budget is spent (50 %)."_s);
    QVERIFY(!half.warning);
    QCOMPARE(Notifier::budgetThreshold(100, 10.2, 10.0).title, u"Monthly budget spent"_s);

    const Notification stop = Notifier::budgetStopped(10.2, 10.0, {u"a timer"_s, u"a blog"_s});
    // The list's separators follow the locale ("a timer, a blog", "a timer and a blog").
    QVERIFY2(stop.message.startsWith(u"The monthly budget of $10.00 is spent ($10.20). Stopped: a timer"_s),
             qPrintable(stop.message));
    QVERIFY(stop.message.contains(u"a blog"_s));
    QVERIFY(stop.message.endsWith(u"raise the budget in Settings to go on."_s));

    QCOMPARE(TrayMenu::timeLeft(now.addSecs(12 * 60), now), u"12 min left"_s);
    QCOMPARE(TrayMenu::timeLeft(now.addSecs(65 * 60), now), u"1 h 5 min left"_s);
    QVERIFY(TrayMenu::timeLeft({}, now).isEmpty());

    QVERIFY(AppTranslator::install(u"de"_s));
    QCOMPARE(Notifier::budgetThreshold(80, 8.0, 10.0).title, u"80 % des Monatsbudgets"_s);
    QCOMPARE(Notifier::expiresSoon(timer, now.addSecs(60), now).message,
             u"„a pomodoro timer“ endet in 1 Minute. Verlängern Sie die Sandbox, damit sie weiterläuft."_s);
}

void TestUiNotifications::readyAndFailed_areToldOncePerRun()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QSignalSpy told(window.notifier(), &Notifier::notified);

    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(notes(told, Notification::Kind::AppReady).size(), 1);
    const QString id = notes(told, Notification::Kind::AppReady).constFirst().sessionId;
    QCOMPARE(id, window.currentSessionId());
    QVERIFY(notes(told, Notification::Kind::AppReady).constFirst().message.contains(u"http://"_s));

    fixture.provider().setCreationError(SpawnError::system(u"There is no room for another sandbox."_s, true));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(notes(told, Notification::Kind::AppFailed).size(), 1);
    QCOMPARE(notes(told, Notification::Kind::AppReady).size(), 1);
}

void TestUiNotifications::trayMenu_listsARunningSandbox_withStopAndExtend()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    TrayMenu tray(&fixture.manager());
    QVERIFY(action(tray.menu(), u"trayNoSessions"_s));
    QVERIFY(action(tray.menu(), u"trayShowWindow"_s));
    QVERIFY(action(tray.menu(), u"trayQuit"_s));

    window.spawnTemplate(u"static-site"_s);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QTRY_VERIFY(fixture.manager().runner(id) && fixture.manager().runner(id)->status() == SessionStatus::Ready);
    QTRY_COMPARE(sessionActions(tray.menu(), id).size(), 2);
    auto *entry = tray.menu()->findChild<QMenu *>(u"traySession:"_s + id);
    QVERIFY2(entry->title().contains(u"Static site"_s) || entry->title().contains(u"static-site"_s),
             qPrintable(entry->title()));
    QVERIFY(entry->title().contains(u"Local"_s));
    QVERIFY(!action(tray.menu(), u"trayNoSessions"_s));

    QAction *extend = action(tray.menu(), u"trayExtend:"_s + id);
    QVERIFY(extend);
    QVERIFY(!extend->isEnabled());  // nothing can extend yet
    QString extended;
    tray.setExtender([&extended](const QString &sessionId) {
        extended = sessionId;
        return SpawnError();
    });
    extend = action(tray.menu(), u"trayExtend:"_s + id);
    QVERIFY(extend->isEnabled());
    extend->trigger();
    QCOMPARE(extended, id);

    action(tray.menu(), u"trayStop:"_s + id)->trigger();
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Stopped);
    QTRY_VERIFY(action(tray.menu(), u"trayNoSessions"_s));
    QVERIFY(!tray.menu()->findChild<QMenu *>(u"traySession:"_s + id));
}

void TestUiNotifications::expiryWarning_offersExtendInTheWindow()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    // Four minutes to live: within the five minutes' warning from the start.
    fixture.provider().setScript([](FakeSandbox *sandbox) { sandbox->extendTimeout(std::chrono::seconds(240)); });
    MainWindow window(&fixture.manager());
    QSignalSpy told(window.notifier(), &Notifier::notified);
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(notes(told, Notification::Kind::ExpiresSoon).size(), 1);
    const Notification warning = notes(told, Notification::Kind::ExpiresSoon).constFirst();
    QVERIFY2(warning.message.contains(u"stops in 4 minutes"_s), qPrintable(warning.message));
    const QString id = warning.sessionId;
    SessionRunner *runner = fixture.manager().runner(id);
    QVERIFY(runner);

    auto *bar = window.findChild<MessageBar *>();
    QTRY_COMPARE(bar->text(), warning.message);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    auto *extend = window.findChild<QAction *>(u"extendExpiringAction"_s);
    QVERIFY(extend);
    QSignalSpy extended(runner, &SessionRunner::extended);
    extend->trigger();
    QVERIFY(extended.wait());
    // A step of the default lifetime past its end: 4 + 15 minutes.
    QVERIFY(extended.constFirst().constFirst().toDateTime() > QDateTime::currentDateTimeUtc().addSecs(18 * 60));
    QVERIFY(bar->text().isEmpty() || bar->isHidden());
}

void TestUiNotifications::budgetThresholds_areToldOnce_andShownWithoutATray()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(!window.trayIcon());  // offscreen has no tray: the message bar shows them
    QSignalSpy told(window.notifier(), &Notifier::notified);
    Budget budget;
    budget.monthly = 10.0;
    fixture.manager().budgetPolicy()->setBudget(budget);
    const QString id = fixture.addSession(u"a blog"_s, SessionStatus::Stopped);

    const auto spend = [&fixture, &id](double cost) {
        LlmUsageRecord record;
        record.sessionId = id;
        record.time = QDateTime::currentDateTimeUtc();
        record.provider = u"anthropic"_s;
        record.model = u"claude-sonnet-4-5"_s;
        record.cost = cost;
        return !fixture.store().recordLlmUsage(record).isError();
    };
    QVERIFY(spend(5.5));
    QTRY_COMPARE(notes(told, Notification::Kind::BudgetThreshold).size(), 1);
    QCOMPARE(notes(told, Notification::Kind::BudgetThreshold).constFirst().title, u"50 % of the monthly budget"_s);
    auto *bar = window.findChild<MessageBar *>();
    QVERIFY(bar->text().contains(u"$5.50 of your $10.00 monthly budget"_s));
    QCOMPARE(bar->kind(), MessageBar::Kind::Info);  // news, not a problem

    QVERIFY(spend(0.1));
    fixture.manager().budget()->check();
    QVERIFY(spend(3.0));
    QTRY_COMPARE(notes(told, Notification::Kind::BudgetThreshold).size(), 2);
    fixture.manager().budget()->check();
    QCOMPARE(notes(told, Notification::Kind::BudgetThreshold).size(), 2);
    QCOMPARE(notes(told, Notification::Kind::BudgetThreshold).constLast().title, u"80 % of the monthly budget"_s);
    QTRY_VERIFY(bar->text().contains(u"80 %"_s));
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);  // 80 % is a warning
}

QTEST_MAIN(TestUiNotifications)
#include "test_ui_notifications.moc"
