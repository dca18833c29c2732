// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "sessionlistmodel.h"
#include "statusbadge.h"
#include "uiwindowhelpers.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

class TestUiMainWindow final : public QObject
{
    Q_OBJECT

public:
    // Before QApplication exists: WebEngine shares OpenGL contexts, as the
    // app sets it up too.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void startsOnTheWelcomePage_withOneButtonPerTemplate();
    void templateButton_spawnsASessionThatReachesReady();
    void stop_movesTheSessionToStopped();
    void failedDeployment_showsTheErrorInPlainWords_andRetries();
    void spawnErrors_appearInTheMessageBar();
    void menus_haveTheirShortcuts();
    void storedSessions_showInTheListWithTheirStatus();
    void everyInteractiveWidget_hasAnAccessibleName();
    void shortcuts_reachTheirTargets();
    void preview_isCreatedOnlyWhenItsTabIsShown();
};

using namespace UiWindowHelpers;

namespace {
SessionStatus listedStatus(const QWidget &window, int row)
{
    auto *list = window.findChild<QListView *>(u"sessionList"_s);
    return list->model()->index(row, 0).data(SessionListModel::StatusRole).value<SessionStatus>();
}

QAbstractButton *stopButton(const QWidget &window)
{
    return window.findChild<QAbstractButton *>(u"stopButton"_s);
}
} // namespace

void TestUiMainWindow::startsOnTheWelcomePage_withOneButtonPerTemplate()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));

    auto *pages = child<QStackedWidget>(window, u"mainPages"_s);
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    const QStringList templates = TemplateLibrary().availableTemplates();
    QVERIFY(templates.contains(u"static-site"_s));
    for (const QString &name : templates) {
        auto *button = child<QCommandLinkButton>(window, u"templateButton_"_s + name);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->description().isEmpty());
        QVERIFY(window.findChild<QAction *>(u"newFromTemplate_"_s + name));
    }
    QCOMPARE(child<QWidget>(window, u"welcomePage"_s)->findChildren<QCommandLinkButton *>().size(), templates.size());
}

void TestUiMainWindow::templateButton_spawnsASessionThatReachesReady()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));

    QTest::mouseClick(child<QCommandLinkButton>(window, u"templateButton_static-site"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QCOMPARE(child<QStackedWidget>(window, u"mainPages"_s)->currentWidget()->objectName(), u"sessionView"_s);
    QCOMPARE(child<QListView>(window, u"sessionList"_s)->model()->rowCount(), 1);

    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QCOMPARE(listedStatus(window, 0), SessionStatus::Ready);
    QVERIFY(stopButton(window)->isEnabled());
    QVERIFY(!child<QAbstractButton>(window, u"redeployButton"_s)->isEnabled());
    QVERIFY(child<QAbstractButton>(window, u"openInBrowserButton"_s)->isEnabled());
    QVERIFY(child<QAction>(window, u"copyUrlAction"_s)->isEnabled());

    const std::optional<Session> session = fixture.store().session(id);
    QVERIFY(session);
    QCOMPARE(session->templateName, u"static-site"_s);
    QCOMPARE(session->prompt, u"Template: static-site"_s);
    QCOMPARE(child<QLabel>(window, u"sessionTitle"_s)->text(), u"Template: static-site"_s);
    QVERIFY(child<QLabel>(window, u"sessionUrl"_s)->text().contains(session->appUrl.toString()));

    // The timeline followed the run; the log shows the server's output.
    auto *timeline = child<QTreeWidget>(window, u"sessionTimeline"_s);
    QCOMPARE(timeline->topLevelItemCount(), int(fixture.store().events(id).size()));
    QVERIFY(timeline->findItems(u"Ready"_s, Qt::MatchContains, 1).size() >= 1);
    QTRY_VERIFY(child<QPlainTextEdit>(window, u"sessionLog"_s)->toPlainText().contains(
        QLatin1String(FakeSandboxProvider::ServerOutput).trimmed()));
}

void TestUiMainWindow::stop_movesTheSessionToStopped()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    const QString id = window.currentSessionId();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    QTest::mouseClick(stopButton(window), Qt::LeftButton);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
    QCOMPARE(listedStatus(window, 0), SessionStatus::Stopped);
    QCOMPARE(fixture.store().session(id)->status, SessionStatus::Stopped);
    QVERIFY(!stopButton(window)->isEnabled());
    QVERIFY(child<QAbstractButton>(window, u"redeployButton"_s)->isEnabled());
    QVERIFY(!child<QAbstractButton>(window, u"openInBrowserButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(window, u"sessionUrl"_s)->text().isEmpty());
    QVERIFY(!child<QWidget>(window, u"messageBar"_s)->isVisible());
}

void TestUiMainWindow::failedDeployment_showsTheErrorInPlainWords_andRetries()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.provider().setCreationError(SpawnError::system(u"There is no room for another sandbox."_s, true));
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Failed);

    auto *error = child<QLabel>(window, u"sessionError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"There is no room for another sandbox."_s));
    auto *retry = child<QAbstractButton>(window, u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QVERIFY(!stopButton(window)->isEnabled());

    fixture.provider().setCreationError({});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QVERIFY(!error->isVisible());
    QVERIFY(stopButton(window)->isEnabled());
    QCOMPARE(fixture.provider().createCalls(), 2);
}

void TestUiMainWindow::spawnErrors_appearInTheMessageBar()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *bar = child<QWidget>(window, u"messageBar"_s);
    QVERIFY(!bar->isVisible());

    window.spawnTemplate(u"no-such-template"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(child<QLabel>(window, u"messageText"_s)->text().contains(u"no template"_s));
    QVERIFY(window.currentSessionId().isEmpty());
    QVERIFY(fixture.store().sessions().isEmpty());

    QTest::mouseClick(child<QAbstractButton>(window, u"messageDismissButton"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestUiMainWindow::menus_haveTheirShortcuts()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    const auto shortcut = [&window](const QString &action) {
        auto *found = window.findChild<QAction *>(action);
        return found ? found->shortcut() : QKeySequence();
    };
    const auto standard = [](QKeySequence::StandardKey key) { return QKeySequence::keyBindings(key).value(0); };
    QCOMPARE(shortcut(u"newAppAction"_s), standard(QKeySequence::New));
    QCOMPARE(shortcut(u"findSessionAction"_s), standard(QKeySequence::Find));
    QCOMPARE(shortcut(u"reloadPreviewAction"_s), standard(QKeySequence::Refresh));
    QCOMPARE(shortcut(u"quitAction"_s), QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QCOMPARE(shortcut(u"settingsAction"_s),
             QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QCOMPARE(shortcut(u"stopAction"_s), QKeySequence(Qt::CTRL | Qt::Key_Period));
    QCOMPARE(shortcut(u"focusPromptAction"_s), QKeySequence(Qt::CTRL | Qt::Key_L));
#ifndef Q_OS_MACOS
    QCOMPARE(shortcut(u"reloadPreviewAction"_s), QKeySequence(Qt::Key_F5));
#endif

    QStringList menus;
    const QList<QAction *> entries = window.menuBar()->actions();
    for (const QAction *entry : entries)
        menus << entry->text().remove(u'&');
    QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Session"_s, u"Help"_s}));
    const QList<QAction *> sessionEntries = window.findChild<QMenu *>(u"sessionMenu"_s)->actions();
    QStringList session;
    for (const QAction *entry : sessionEntries) {
        if (!entry->isSeparator())
            session << entry->objectName();
    }
    // Try Again shows only for a session whose model wrote no app (issue 16).
    QCOMPARE(session, (QStringList{u"stopAction"_s, u"redeployAction"_s, u"tryAgainAction"_s, u"openInBrowserAction"_s,
                                   u"copyUrlAction"_s, u"deleteSessionAction"_s}));

    // Ctrl+. stops the shown session.
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QTest::keyClick(&window, Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
}

void TestUiMainWindow::storedSessions_showInTheListWithTheirStatus()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    fixture.addSession(u"A todo list"_s, SessionStatus::Stopped, start);
    const QString ready = fixture.addSession(u"A weather page"_s, SessionStatus::Starting, start.addSecs(60));
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));

    auto *list = child<QListView>(window, u"sessionList"_s);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"A weather page"_s);
    QCOMPARE(listedStatus(window, 0), SessionStatus::Starting);
    QCOMPARE(listedStatus(window, 1), SessionStatus::Stopped);

    window.selectSession(ready);
    QCOMPARE(shownStatus(window), SessionStatus::Starting);
    // Live in the history: Stop asks whoever runs it, or closes it when no one does.
    QVERIFY(stopButton(window)->isEnabled());
    QVERIFY(!fixture.store().transition(ready, SessionStatus::Ready, u"up"_s).isError());
    QCOMPARE(shownStatus(window), SessionStatus::Ready);
    QCOMPARE(listedStatus(window, 0), SessionStatus::Ready);
    QTest::mouseClick(stopButton(window), Qt::LeftButton);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
    QVERIFY(!stopButton(window)->isEnabled());
}

void TestUiMainWindow::everyInteractiveWidget_hasAnAccessibleName()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString failed = fixture.addSession(u"A todo list"_s, SessionStatus::Failed);
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    // What the user sees on the new-app page, then on a session page.
    auto *pages = child<QStackedWidget>(window, u"mainPages"_s);
    for (const QString &page : {u"welcomePage"_s, u"sessionView"_s}) {
        if (page == u"sessionView")
            window.selectSession(failed);
        QCOMPARE(pages->currentWidget()->objectName(), page);
        int visible = 0;
        const QStringList problems = unnamedControls(window, true, &visible);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(visible >= 10, qPrintable(page + u": "_s + QString::number(visible)));
    }
    // Then every control, shown or not.
    window.spawnTemplate(u"no-such-template"_s);  // shows the message bar
    window.selectSession(failed);                  // shows the error and its retry button
    // The preview makes its web view only for an app it can show.
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    child<QTabWidget>(window, u"sessionTabs"_s)->setCurrentIndex(2);
    QTRY_VERIFY(window.findChild<QWebEngineView *>());

    int checked = 0;
    const QStringList problems = unnamedControls(window, false, &checked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(checked >= 20);
    auto *view = window.findChild<QWebEngineView *>();
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(!view->objectName().isEmpty());
}

void TestUiMainWindow::shortcuts_reachTheirTargets()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString ready = fixture.addSession(u"A weather page"_s, SessionStatus::Ready);
    QVERIFY(!fixture.store().setAppUrl(ready, QUrl(u"data:text/html,<p>weather</p>"_s)).isError());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pages = child<QStackedWidget>(window, u"mainPages"_s);
    auto *search = child<QWidget>(window, u"sessionSearch"_s);
    auto *prompt = child<QWidget>(window, u"promptEdit"_s);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), prompt);

    window.selectSession(ready);
    QCOMPARE(pages->currentWidget()->objectName(), u"sessionView"_s);
    QSignalSpy reloaded(child<QAction>(window, u"reloadPreviewAction"_s), &QAction::triggered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QCOMPARE(reloaded.count(), 1);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(window.currentSessionId().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), prompt);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<QDialog *>(u"settingsDialog"_s));
}

void TestUiMainWindow::preview_isCreatedOnlyWhenItsTabIsShown()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString stopped = fixture.addSession(u"A todo list"_s, SessionStatus::Stopped);
    const QString ready = fixture.addSession(u"A weather page"_s, SessionStatus::Ready);
    // A page that needs no network.
    const QUrl page(u"data:text/html,<p>weather</p>"_s);
    QVERIFY(!fixture.store().setAppUrl(ready, page).isError());

    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    QVERIFY(!window.findChild<QWebEngineView *>());
    window.selectSession(stopped);
    auto *tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    tabs->setCurrentIndex(1);
    QVERIFY(!window.findChild<QWebEngineView *>());

    // A session with nothing running shows its placeholder and makes no
    // web view (each costs 20-30 ms of the window's time).
    tabs->setCurrentIndex(2);
    auto *preview = child<PreviewPane>(window, u"previewPane"_s);
    QTRY_VERIFY(child<QLabel>(window, u"previewPlaceholder"_s)->isVisible());
    QVERIFY(!window.findChild<QWebEngineView *>());
    QVERIFY(preview->loadedUrl().isEmpty());

    // A running one: a view with a profile of its own, off the record.
    window.selectSession(ready);
    QTRY_VERIFY(window.findChild<QWebEngineView *>());
    const auto profileOf = [preview] {
        auto *web = qobject_cast<QWebEngineView *>(preview->view());
        return web ? web->page()->profile() : nullptr;
    };
    QVERIFY(profileOf());
    QVERIFY(profileOf()->isOffTheRecord());
    // The first page loads one turn of the event loop after the view is made.
    QTRY_COMPARE(preview->loadedUrl(), page);
    QVERIFY(preview->view()->isVisible());
    QCOMPARE(window.findChildren<QWebEngineView *>().size(), 1);
    const QPointer<QWebEngineProfile> first = profileOf();

    // Back to the stopped one: the running one's page and storage are gone.
    window.selectSession(stopped);
    QTRY_VERIFY(first.isNull());
    QVERIFY(!window.findChild<QWebEngineView *>());
}

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
