// SPDX-License-Identifier: MIT
// Everyday polish (issue 16): money and words in the window's language,
// the sidebar at 800 px, the dashboard's table at 1,000 px, Help and the icons.
#include "apptranslator.h"
#include "billing/budget.h"
#include "billing/sessioncost.h"
#include "common/paths.h"
#include "costdashboard.h"
#include "costsessionmodel.h"
#include "deploy/deploystep.h"
#include "mainwindow.h"
#include "sessionitemdelegate.h"
#include "sessionlistmodel.h"
#include "sessiontext.h"
#include "shortcutsdialog.h"
#include "trayicon.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// Catches what the window opens with QDesktopServices::openUrl.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestUiPolish final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void german_writesMoneyStepsAndTemplatesInGerman();
    void narrowWindow_sidebarRowsShowTimeLeftAndCost_withoutScrolling();
    void dashboardTable_fitsAt1000_withTheSidebarsStatusesAndThePagesMoney();
    void help_opensDocumentationShortcutsAndTheLogs();
    void icons_ofTheWindowTrayAboutAndMenus();

private:
    static QString spawnReadyTemplate(MainWindow &window);
    static bool addCost(UiFixture &fixture, const QString &id, double cost, const QString &model = u"claude-x"_s);
    static QStringList visibleTexts(const QWidget &root);
    static QStyleOptionViewItem rowOption(const QListView &list, const QModelIndex &index);
};

void TestUiPolish::init()
{
    QVERIFY(AppTranslator::install(u"en"_s));
}

void TestUiPolish::cleanup()
{
    AppTranslator::install(u"en"_s);
}

QString TestUiPolish::spawnReadyTemplate(MainWindow &window)
{
    window.spawnTemplate(u"static-site"_s);
    const QString id = window.currentSessionId();
    if (id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&window] { return shownStatus(window) == SessionStatus::Ready; }, 20000))
        return {};
    return id;
}

bool TestUiPolish::addCost(UiFixture &fixture, const QString &id, double cost, const QString &model)
{
    LlmUsageRecord usage;
    usage.sessionId = id;
    usage.provider = u"anthropic"_s;
    usage.model = model;
    usage.inputTokens = 1200;
    usage.outputTokens = 800;
    usage.cost = cost;
    usage.uncachedCost = cost;
    usage.purpose = u"prompt"_s;
    return !fixture.store().recordLlmUsage(usage).isError()
        && !fixture.store().setActualCost(id, SessionCost::of(fixture.store(), id).total()).isError();
}

QStringList TestUiPolish::visibleTexts(const QWidget &root)
{
    QStringList texts;
    const QList<QLabel *> labels = root.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts << label->text();
    }
    const QList<QAbstractButton *> buttons = root.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible())
            texts << button->text();
    }
    const QList<QAbstractItemView *> views = root.findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        const QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

QStyleOptionViewItem TestUiPolish::rowOption(const QListView &list, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(list.viewport());
    option.font = list.font();
    option.fontMetrics = list.fontMetrics();
    option.rect = list.visualRect(index);
    option.widget = &list;
    return option;
}

void TestUiPolish::german_writesMoneyStepsAndTemplatesInGerman()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    // The session runs while the window speaks English (as `spawnai spawn`
    // in a terminal might): what is stored is English.
    QString id;
    {
        MainWindow english(&fixture.manager());
        id = spawnReadyTemplate(english);
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(addCost(fixture, id, 0.04));
    QStringList englishSteps;
    for (DeployStep step : {DeployStep::WriteFiles, DeployStep::Start, DeployStep::WaitReady})
        englishSteps << deployStepTitle(step);

    QVERIFY(AppTranslator::install(u"de"_s));
    QStringList germanSteps;
    for (DeployStep step : {DeployStep::WriteFiles, DeployStep::Start, DeployStep::WaitReady})
        germanSteps << deployStepTitle(step);
    QVERIFY2(germanSteps != englishSteps, qPrintable(germanSteps.join(u", ")));

    MainWindow window(&fixture.manager());
    window.resize(1100, 720);
    QVERIFY(showWindow(window));
    window.selectSession(id);
    QCOMPARE(window.currentSessionId(), id);

    // The session page.
    auto *title = child<QLabel>(window, u"sessionTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Vorlage: static-site"_s);
    auto *cost = child<QLabel>(window, u"sessionCost"_s);
    QVERIFY(cost);
    QTRY_VERIFY2(cost->text().contains(u"0,04\u00a0$"_s) || cost->text().contains(u"0,04 $"_s),
                 qPrintable(cost->text()));

    // The timeline: the steps in German, none left in English.
    auto *timeline = child<QTreeWidget>(window, u"sessionTimeline"_s);
    QVERIFY(timeline);
    QTRY_VERIFY(timeline->topLevelItemCount() > 0);
    QStringList lines;
    for (int row = 0; row < timeline->topLevelItemCount(); ++row)
        lines << timeline->topLevelItem(row)->text(1);
    const QString all = lines.join(u'\n');
    englishSteps << u"Saved app version"_s << u"starting the app"_s;
    for (const QString &english : std::as_const(englishSteps))
        QVERIFY2(!all.contains(english), qPrintable(english + u" in:\n" + all));
    QVERIFY2(all.contains(germanSteps.constFirst()), qPrintable(all));

    // The sidebar's row.
    auto *list = child<QListView>(window, u"sessionList"_s);
    QVERIFY(list);
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data().toString(), u"Vorlage: static-site"_s);
    const QString money = row.data(SessionListModel::CostTextRole).toString();
    QVERIFY2(money == u"0,04\u00a0$"_s || money == u"0,04 $"_s, qPrintable(money));
    QVERIFY(cost->text().contains(money));
    QVERIFY(SessionItemDelegate::layout(rowOption(*list, row), row).metaText.contains(money));

    // The cost dashboard.
    auto *costs = child<QAction>(window, u"costsAction"_s);
    QVERIFY(costs);
    costs->trigger();
    auto *dashboard = window.findChild<CostDashboard *>();
    QVERIFY(dashboard);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->sessionModel()->rowCount(), 1, 20000);
    const CostSessionModel *sessions = dashboard->sessionModel();
    QCOMPARE(sessions->index(0, CostSessionModel::Total).data().toString(), money);
    QCOMPARE(sessions->index(0, CostSessionModel::Prompt).data().toString(), u"Vorlage: static-site"_s);
    QCOMPARE(sessions->index(0, CostSessionModel::Status).data().toString(), u"Bereit"_s);
    auto *first = child<QDateEdit>(*dashboard, u"rangeFirst"_s);
    QVERIFY(first);
    QCOMPARE(first->text(), first->date().toString(u"dd.MM.yyyy"_s));

    // No English "Template:" anywhere on the screens.
    for (const QWidget *screen : {static_cast<const QWidget *>(&window), static_cast<const QWidget *>(dashboard)}) {
        const QStringList texts = visibleTexts(*screen);
        for (const QString &text : texts)
            QVERIFY2(!text.contains(u"Template:"_s), qPrintable(text));
    }
}

void TestUiPolish::narrowWindow_sidebarRowsShowTimeLeftAndCost_withoutScrolling()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString running = fixture.addSession(u"a pomodoro timer with a very long description that cannot fit the "
                                               u"sidebar of a narrow window however it is cut"_s,
                                               SessionStatus::Ready, now.addSecs(-60));
    QVERIFY(!running.isEmpty());
    QVERIFY(!fixture.store().setExpiresAt(running, now.addSecs(25 * 60)).isError());
    QVERIFY(addCost(fixture, running, 0.0042));
    const QString failed = fixture.addSession(u"a blog"_s, SessionStatus::Failed, now.addSecs(-120));
    QVERIFY(addCost(fixture, failed, 12.5));
    const QString provisioning = fixture.addSession(u"a weather dashboard"_s, SessionStatus::Provisioning,
                                                    now.addSecs(-180), AppType::Api, SandboxKind::E2b);
    QVERIFY(!provisioning.isEmpty());

    MainWindow window(&fixture.manager());
    window.resize(800, 600);
    QVERIFY(showWindow(window));
    QCOMPARE(window.width(), 800);
    auto *list = child<QListView>(window, u"sessionList"_s);
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(!list->horizontalScrollBar()->isVisible());

    const QRect viewport = list->viewport()->rect();
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString id = index.data(SessionListModel::SessionIdRole).toString();
        const QRect rect = list->visualRect(index);
        QVERIFY2(rect.left() >= viewport.left() && rect.right() <= viewport.right(), qPrintable(id));
        const SessionItemDelegate::Layout parts = SessionItemDelegate::layout(rowOption(*list, index), index);
        // The pill, the time left and the cost whole and inside the row.
        QVERIFY2(rect.contains(parts.badge), qPrintable(id));
        QCOMPARE(parts.badge.size(), StatusBadge::badgeSize(index.data(SessionListModel::StatusRole)
                                                                .value<SessionStatus>(), list->font()));
        QVERIFY2(rect.contains(parts.meta), qPrintable(id));
        QVERIFY2(!parts.metaText.contains(u'…'), qPrintable(parts.metaText + u" in " + QString::number(rect.width())));
        QVERIFY(!parts.title.intersects(parts.badge));
        QVERIFY(!parts.details.intersects(parts.meta));
        const double spent = SessionCost::of(fixture.store(), id).total();
        QVERIFY2(parts.metaText.contains(Budget::formatUsd(spent)), qPrintable(parts.metaText));
        const QString accessible = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(accessible.contains(Budget::formatUsd(spent)), qPrintable(accessible));
        if (id == running) {
            QVERIFY2(parts.metaText.startsWith(u"25 min left"_s), qPrintable(parts.metaText));
            QVERIFY(accessible.contains(u"25 min left"_s));
        } else {
            QVERIFY2(!parts.metaText.contains(u"left"_s), qPrintable(parts.metaText));
        }
    }
    QVERIFY(!list->horizontalScrollBar()->isVisible());

    // The cost follows the session as it spends.
    QVERIFY(addCost(fixture, running, 0.5));
    const QModelIndex runningRow = qobject_cast<SessionListModel *>(list->model())->indexOf(running);
    QTRY_COMPARE(runningRow.data(SessionListModel::CostTextRole).toString(), u"$0.50"_s);
}

void TestUiPolish::dashboardTable_fitsAt1000_withTheSidebarsStatusesAndThePagesMoney()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ids;
    const QList<QPair<SessionStatus, double>> sessions{{SessionStatus::Ready, 0.0042},
                                                        {SessionStatus::Failed, 1234.5},
                                                        {SessionStatus::Stopped, 0.04},
                                                        {SessionStatus::Provisioning, 0.0}};
    for (const auto &[status, spent] : sessions) {
        const QString id = fixture.addSession(u"an inventory tracker for a small bakery, with a page for "
                                              u"orders, one for stock and one for the week's numbers "_s
                                                  + QString::number(ids.size()),
                                              status, now.addSecs(-60 * (ids.size() + 1)));
        QVERIFY(!id.isEmpty());
        if (spent > 0.0)
            QVERIFY(addCost(fixture, id, spent, u"claude-sonnet-4-5-20250929"_s));
        ids << id;
    }

    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *costs = child<QAction>(window, u"costsAction"_s);
    QVERIFY(costs);
    costs->trigger();
    auto *dashboard = window.findChild<CostDashboard *>();
    QVERIFY(dashboard);
    dashboard->resize(1000, 760);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->sessionModel()->rowCount(), int(ids.size()), 20000);
    auto *tabs = child<QTabWidget>(*dashboard, u"costTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *table = child<QTableView>(*dashboard, u"costSessionTable"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(dashboard->width(), 1000);
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());

    auto *list = child<QListView>(window, u"sessionList"_s);
    QVERIFY(list);
    const QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString id = shown->index(row, 0).data(CostSessionModel::IdRole).toString();
        const QModelIndex listed = qobject_cast<SessionListModel *>(list->model())->indexOf(id);
        QVERIFY(listed.isValid());
        QCOMPARE(shown->index(row, CostSessionModel::Status).data().toString(),
                 listed.data(SessionListModel::StatusTextRole).toString());
        window.selectSession(id);
        auto *cost = child<QLabel>(window, u"sessionCost"_s);
        QVERIFY(cost);
        const QString total = shown->index(row, CostSessionModel::Total).data().toString();
        if (SessionCost::of(fixture.store(), id).total() > 0.0)
            QTRY_VERIFY2(cost->text().contains(total), qPrintable(cost->text() + u" / " + total));
        QCOMPARE(listed.data(SessionListModel::CostTextRole).toString(), total);
    }
}

void TestUiPolish::help_opensDocumentationShortcutsAndTheLogs()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));

    // The template buttons say what each template is.
    const QList<QCommandLinkButton *> templates = window.findChildren<QCommandLinkButton *>();
    QVERIFY(!templates.isEmpty());
    for (const QCommandLinkButton *button : templates) {
        QVERIFY2(!button->description().trimmed().isEmpty(), qPrintable(button->objectName()));
        QVERIFY(!button->description().contains(u'\n'));
    }

    auto *help = child<QMenu>(window, u"helpMenu"_s);
    QVERIFY(help);
    QStringList names;
    for (const QAction *action : help->actions())
        names << action->objectName();
    for (const QString &name : {u"documentationAction"_s, u"keyboardShortcutsAction"_s, u"reportProblemAction"_s,
                                u"aboutAction"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", ")));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    child<QAction>(window, u"documentationAction"_s)->trigger();
    child<QAction>(window, u"reportProblemAction"_s)->trigger();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(catcher.urls.size(), 2);
    // From a build tree: the project's page (an install opens its README).
    QCOMPARE(catcher.urls.at(0).host(), u"github.com"_s);
    QCOMPARE(catcher.urls.at(1), QUrl::fromLocalFile(Paths::logsDir()));

    // The shortcuts are the actions' own.
    child<QAction>(window, u"keyboardShortcutsAction"_s)->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *shortcuts = child<QTreeWidget>(*dialog, u"shortcutsList"_s);
    QVERIFY(shortcuts);
    QStringList rows;
    for (int row = 0; row < shortcuts->topLevelItemCount(); ++row)
        rows << shortcuts->topLevelItem(row)->text(0) + u" = " + shortcuts->topLevelItem(row)->text(1);
    const auto keysOf = [&window](const QString &name) {
        return child<QAction>(window, name)->shortcut().toString(QKeySequence::NativeText);
    };
    const QStringList expectedRows{u"New App = "_s + keysOf(u"newAppAction"_s), u"Stop = "_s + keysOf(u"stopAction"_s),
                                   u"Find Session = "_s + keysOf(u"findSessionAction"_s),
                                   u"Go to Prompt = "_s + keysOf(u"focusPromptAction"_s)};
    for (const QString &expected : expectedRows) {
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [&expected](const QString &row) { return row.startsWith(expected); }),
                 qPrintable(expected + u" not in:\n" + rows.join(u'\n')));
    }
    const QStringList unnamed = unnamedControls(*dialog, true);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    dialog->close();
}

void TestUiPolish::icons_ofTheWindowTrayAboutAndMenus()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());

    TrayIcon tray(&fixture.manager());
    auto *trayIcon = tray.findChild<QSystemTrayIcon *>();
    QVERIFY(trayIcon);
    QVERIFY(!trayIcon->icon().pixmap(22, 22).isNull());
    QCOMPARE(trayIcon->icon().pixmap(22, 22).toImage(), window.windowIcon().pixmap(22, 22).toImage());

    child<QAction>(window, u"aboutAction"_s)->trigger();
    auto *about = window.findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(about);
    QVERIFY(!about->iconPixmap().isNull());
    about->close();

    for (const QString &name : {u"newAppAction"_s, u"quitAction"_s, u"settingsAction"_s, u"stopAction"_s,
                                u"redeployAction"_s, u"deleteSessionAction"_s, u"reloadPreviewAction"_s,
                                u"aboutAction"_s, u"documentationAction"_s}) {
        auto *action = child<QAction>(window, name);
        QVERIFY(action);
        // Given once the window has painted (the menus are not on its first frame).
        QTRY_VERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(name));
    }
    // The session page's Export shows its icon beside its word.
    window.selectSession(fixture.addSession(u"a clock"_s, SessionStatus::Ready));
    auto *exportButton = child<QToolButton>(window, u"exportButton"_s);
    QVERIFY(exportButton);
    QVERIFY(!exportButton->icon().pixmap(16, 16).isNull());
    QCOMPARE(exportButton->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

QTEST_MAIN(TestUiPolish)
#include "test_ui_polish.moc"
