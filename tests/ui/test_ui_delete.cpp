// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "sessionlistmodel.h"
#include "sessionsidebar.h"
#include "uiwindowhelpers.h"
#include "uitestfixture.h"
#include "workflow/sessionrunner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// Delete in the window, driven as a user: the list's context menu and the
// Delete key, the session's own button, the confirmation that says what is
// erased and that costs stay counted, and where the selection and the
// focus go afterwards.
class TestUiDelete final : public QObject
{
    Q_OBJECT

public:
    // Before QApplication exists: the session page's preview (WebEngine)
    // shares OpenGL contexts, as the app sets it up.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void contextMenu_deleteConfirmed_erasesAndSelectsTheNeighbour();
    void deleteKey_cancelled_keepsTheSession();
    void runningApp_deletedFromItsView_stopsThenErases();
    void lastSession_deleted_showsTheNewAppPage();

private:
    static QListView *list(const QWidget &window) { return child<QListView>(window, u"sessionList"_s); }
    static QString idAt(const QWidget &window, int row)
    {
        return list(window)->model()->index(row, 0).data(SessionListModel::SessionIdRole).toString();
    }
    // Right-clicks the row as the platform does: press, release, context menu.
    static QMenu *openContextMenu(QWidget &window, int row);
    // The confirmation once it is open.
    static QMessageBox *confirmation(const QWidget &window);
    static int costRows(UiFixture &fixture, const QString &sessionId);
};

QMenu *TestUiDelete::openContextMenu(QWidget &window, int row)
{
    QListView *view = list(window);
    const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    auto *sidebar = child<SessionSidebar>(window, u"sessionSidebar"_s);
    if (!QTest::qWaitFor([sidebar] { return sidebar->contextMenu() && sidebar->contextMenu()->isVisible(); }))
        return nullptr;
    return sidebar->contextMenu();
}

QMessageBox *TestUiDelete::confirmation(const QWidget &window)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = window.findChild<QMessageBox *>(u"deleteSessionConfirmation"_s);
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

int TestUiDelete::costRows(UiFixture &fixture, const QString &sessionId)
{
    QSqlQuery query(fixture.store().database().connection());
    query.prepare(u"SELECT COUNT(*) FROM llm_usage WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestUiDelete::contextMenu_deleteConfirmed_erasesAndSelectsTheNeighbour()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QString oldest = fixture.addSession(u"A todo list"_s, SessionStatus::Stopped, start);
    const QString middle = fixture.addSession(u"My secret diary"_s, SessionStatus::Stopped, start.addSecs(60));
    fixture.addSession(u"A weather page"_s, SessionStatus::Stopped, start.addSecs(120));
    LlmUsageRecord request;
    request.sessionId = middle;
    request.provider = u"anthropic"_s;
    request.model = u"claude-sonnet-5-5"_s;
    request.cost = 0.25;
    QVERIFY(!fixture.store().recordLlmUsage(request).isError());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(idAt(window, 1), middle);

    QMenu *menu = openContextMenu(window, 1);
    QVERIFY(menu);
    // The row right-clicked is the one the menu acts on.
    QCOMPARE(window.currentSessionId(), middle);
    QAction *remove = child<QAction>(window, u"deleteSessionAction"_s);
    QVERIFY(menu->actions().contains(remove));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(remove).center());

    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"My secret diary"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"erased"_s), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u"stays counted"_s), qPrintable(box->informativeText()));
    // Enter alone does not erase: the default is Cancel.
    QCOMPARE(box->defaultButton()->objectName(), u"cancelDeleteButton"_s);
    QTest::mouseClick(child<QAbstractButton>(*box, u"confirmDeleteButton"_s), Qt::LeftButton);

    QTRY_VERIFY(!fixture.store().session(middle));
    QCOMPARE(list(window)->model()->rowCount(), 2);
    // The neighbour below is shown and selected, and the list keeps the focus.
    QTRY_COMPARE(window.currentSessionId(), oldest);
    QVERIFY(list(window)->selectionModel()->isSelected(list(window)->currentIndex()));
    // (The window's focus widget: offscreen, the window need not be active again after the dialog.)
    QTRY_COMPARE(window.focusWidget(), static_cast<QWidget *>(list(window)));
    QCOMPARE(costRows(fixture, middle), 1);
}

void TestUiDelete::deleteKey_cancelled_keepsTheSession()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = fixture.addSession(u"A weather page"_s, SessionStatus::Failed);
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.selectSession(id);
    list(window)->setFocus();
    QTest::keyClick(list(window), Qt::Key_Delete);
    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"A weather page"_s));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"deleteSessionConfirmation"_s));
    QVERIFY(fixture.store().session(id));
    QCOMPARE(list(window)->model()->rowCount(), 1);
    QCOMPARE(window.currentSessionId(), id);
    QVERIFY(!fixture.store().events(id).isEmpty());
}

void TestUiDelete::runningApp_deletedFromItsView_stopsThenErases()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    QTest::mouseClick(child<QCommandLinkButton>(window, u"templateButton_static-site"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    QTest::mouseClick(child<QAbstractButton>(window, u"deleteButton"_s), Qt::LeftButton);
    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"stops first"_s), qPrintable(box->informativeText()));
    QTest::mouseClick(child<QAbstractButton>(*box, u"confirmDeleteButton"_s), Qt::LeftButton);
    // Stopped as Stop stops it (the runner ends, the sandbox goes), then erased.
    QTRY_VERIFY(!fixture.store().session(id));
    QVERIFY(!fixture.manager().runner(id) || fixture.manager().runner(id)->hasEnded());
    QCOMPARE(fixture.manager().activeCount(), 0);
    QCOMPARE(list(window)->model()->rowCount(), 0);
}

void TestUiDelete::lastSession_deleted_showsTheNewAppPage()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = fixture.addSession(u"A todo list"_s, SessionStatus::Stopped);
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.selectSession(id);
    child<QAction>(window, u"deleteSessionAction"_s)->trigger();  // Session > Delete…
    QMessageBox *box = confirmation(window);
    QVERIFY(box);
    QTest::mouseClick(child<QAbstractButton>(*box, u"confirmDeleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!fixture.store().session(id));
    QTRY_VERIFY(window.currentSessionId().isEmpty());
    QCOMPARE(child<QStackedWidget>(window, u"mainPages"_s)->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(!child<QAction>(window, u"deleteSessionAction"_s)->isEnabled());
}

QTEST_MAIN(TestUiDelete)
#include "test_ui_delete.moc"
