// SPDX-License-Identifier: MIT
#include "sessionfilterbutton.h"
#include "sessionlistmodel.h"
#include "sessionsidebar.h"
#include "statusbadge.h"
#include "uitestfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>

class TestUiSessionListModel final : public QObject
{
    Q_OBJECT

private slots:
    void listsStoredSessionsNewestFirstWithTheirStatus();
    void aStatusChange_updatesOnlyThatRow();
    void aNewSession_isInsertedAtTheTop();
    void search_filtersOverPrompts();
    void search_keepsTheShownSessionSelected();
    void filters_combineWithEachOtherAndTheSearch();
    void filters_reachBeyondTheFirstPage();
    void filters_aSessionThatComesToMatchAppears();
    void statusBadge_tonePerStatus();
};

namespace {
const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

SessionStatus statusAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(SessionListModel::StatusRole).value<SessionStatus>();
}

QStringList prompts(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(SessionListModel::PromptRole).toString();
    return result;
}
} // namespace

void TestUiSessionListModel::listsStoredSessionsNewestFirstWithTheirStatus()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(!fixture.addSession(QStringLiteral("oldest: a todo list"), SessionStatus::Stopped, Start).isEmpty());
    QVERIFY(!fixture.addSession(QStringLiteral("newest: a weather page"), SessionStatus::Ready, Start.addSecs(120)).isEmpty());
    QVERIFY(!fixture.addSession(QStringLiteral("middle: a chat API"), SessionStatus::Failed, Start.addSecs(60)).isEmpty());

    SessionListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(prompts(model), (QStringList{QStringLiteral("newest: a weather page"), QStringLiteral("middle: a chat API"),
                                          QStringLiteral("oldest: a todo list")}));
    QCOMPARE(statusAt(model, 0), SessionStatus::Ready);
    QCOMPARE(statusAt(model, 1), SessionStatus::Failed);
    QCOMPARE(statusAt(model, 2), SessionStatus::Stopped);
    QCOMPARE(model.index(0).data(SessionListModel::StatusTextRole).toString(), QStringLiteral("Ready"));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("newest: a weather page"));
    QCOMPARE(model.index(0).data(SessionListModel::DetailsRole).toString(), QStringLiteral("Web app · Local sandbox"));
    QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Failed")));
}

void TestUiSessionListModel::aStatusChange_updatesOnlyThatRow()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.addSession(QStringLiteral("first"), SessionStatus::Stopped, Start);
    const QString starting = fixture.addSession(QStringLiteral("second"), SessionStatus::Starting, Start.addSecs(60));
    fixture.addSession(QStringLiteral("third"), SessionStatus::Ready, Start.addSecs(120));

    SessionListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(statusAt(model, 1), SessionStatus::Starting);

    QVERIFY(!fixture.store().transition(starting, SessionStatus::Ready, QStringLiteral("up")).isError());
    QCOMPARE(statusAt(model, 1), SessionStatus::Ready);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).toModelIndex().row(), 1);
        QCOMPARE(arguments.at(1).toModelIndex().row(), 1);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    // Activity does not reorder the list.
    QCOMPARE(prompts(model), (QStringList{QStringLiteral("third"), QStringLiteral("second"), QStringLiteral("first")}));
}

void TestUiSessionListModel::aNewSession_isInsertedAtTheTop()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.addSession(QStringLiteral("older"), SessionStatus::Stopped, Start);
    SessionListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const QString id = fixture.addSession(QStringLiteral("brand new"), SessionStatus::Queued);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(prompts(model), (QStringList{QStringLiteral("brand new"), QStringLiteral("older")}));
    QCOMPARE(statusAt(model, 0), SessionStatus::Queued);
}

void TestUiSessionListModel::search_filtersOverPrompts()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.addSession(QStringLiteral("A todo list with due dates"), SessionStatus::Stopped, Start);
    fixture.addSession(QStringLiteral("A weather page"), SessionStatus::Ready, Start.addSecs(60));
    fixture.addSession(QStringLiteral("Another TODO app"), SessionStatus::Failed, Start.addSecs(120));

    SessionSidebar sidebar(&fixture.store());
    auto *search = sidebar.findChild<QLineEdit *>(QStringLiteral("sessionSearch"));
    auto *list = sidebar.findChild<QListView *>(QStringLiteral("sessionList"));
    QVERIFY(search);
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("todo"));
    QCOMPARE(prompts(*list->model()),
             (QStringList{QStringLiteral("Another TODO app"), QStringLiteral("A todo list with due dates")}));
    search->clear();
    QCOMPARE(list->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QCOMPARE(list->model()->rowCount(), 0);
}

void TestUiSessionListModel::search_keepsTheShownSessionSelected()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString todo = fixture.addSession(QStringLiteral("A todo list"), SessionStatus::Stopped, Start);
    fixture.addSession(QStringLiteral("A weather page"), SessionStatus::Ready, Start.addSecs(60));

    SessionSidebar sidebar(&fixture.store());
    QSignalSpy current(&sidebar, &SessionSidebar::currentSessionChanged);
    sidebar.selectSession(todo);
    QCOMPARE(sidebar.currentSessionId(), todo);
    QCOMPARE(current.count(), 1);

    auto *search = sidebar.findChild<QLineEdit *>(QStringLiteral("sessionSearch"));
    QTest::keyClicks(search, QStringLiteral("weather"));
    // Hidden by the search, but still the one the main area shows.
    QCOMPARE(sidebar.currentSessionId(), todo);
    QCOMPARE(current.count(), 1);
    search->clear();
    auto *list = sidebar.findChild<QListView *>(QStringLiteral("sessionList"));
    QCOMPARE(list->currentIndex().data(SessionListModel::SessionIdRole).toString(), todo);

    // Selecting a session the search hides clears the search.
    QTest::keyClicks(search, QStringLiteral("weather"));
    sidebar.selectSession(todo);
    QVERIFY(search->text().isEmpty());
    sidebar.selectSession({});
    QCOMPARE(sidebar.currentSessionId(), QString());
    QCOMPARE(current.count(), 2);
}

namespace {
void toggle(const SessionSidebar &sidebar, const QString &choice)
{
    QAction *action = sidebar.filterButton()->menu()->findChild<QAction *>(choice);
    QVERIFY2(action, qPrintable(choice));
    action->trigger();
}
} // namespace

void TestUiSessionListModel::filters_combineWithEachOtherAndTheSearch()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const auto e2b = SandboxKind::E2b;
    const auto local = SandboxKind::Local;
    fixture.addSession(QStringLiteral("todo web ready"), SessionStatus::Ready, Start, AppType::WebApp, local);
    fixture.addSession(QStringLiteral("todo api failed"), SessionStatus::Failed, Start.addSecs(1), AppType::Api, e2b);
    fixture.addSession(QStringLiteral("weather api ready"), SessionStatus::Ready, Start.addSecs(2), AppType::Api, local);
    fixture.addSession(QStringLiteral("todo script stopped"), SessionStatus::Stopped, Start.addSecs(3),
                       AppType::Script, local);
    fixture.addSession(QStringLiteral("todo web deploying"), SessionStatus::Deploying, Start.addSecs(4),
                       AppType::WebApp, e2b);

    SessionSidebar sidebar(&fixture.store());
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    auto *list = sidebar.findChild<QListView *>(QStringLiteral("sessionList"));
    auto *search = sidebar.findChild<QLineEdit *>(QStringLiteral("sessionSearch"));
    auto *bar = sidebar.findChild<QWidget *>(QStringLiteral("sessionFilterBar"));
    auto *summary = sidebar.findChild<QLabel *>(QStringLiteral("sessionFilterSummary"));
    SessionFilterButton *button = sidebar.filterButton();
    QCOMPARE(list->model()->rowCount(), 5);
    QVERIFY(!bar->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Filter"));

    toggle(sidebar, QStringLiteral("filterReady"));
    QCOMPARE(prompts(*list->model()), (QStringList{QStringLiteral("weather api ready"), QStringLiteral("todo web ready")}));
    QVERIFY(bar->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("Showing only: Ready"));
    QCOMPARE(button->text(), QStringLiteral("Filter (1)"));

    toggle(sidebar, QStringLiteral("filter_api"));
    QCOMPARE(prompts(*list->model()), (QStringList{QStringLiteral("weather api ready")}));
    QTest::keyClicks(search, QStringLiteral("todo"));
    QCOMPARE(list->model()->rowCount(), 0);

    // Two statuses and a sandbox: any of the statuses, in that sandbox.
    toggle(sidebar, QStringLiteral("filterReady"));
    toggle(sidebar, QStringLiteral("filter_api"));
    toggle(sidebar, QStringLiteral("filterFailed"));
    toggle(sidebar, QStringLiteral("filterInProgress"));
    QCOMPARE(prompts(*list->model()), (QStringList{QStringLiteral("todo web deploying"), QStringLiteral("todo api failed")}));
    toggle(sidebar, QStringLiteral("filterE2b"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(summary->text(), QStringLiteral("Showing only: In progress, Failed, E2B cloud"));
    toggle(sidebar, QStringLiteral("filterE2b"));
    toggle(sidebar, QStringLiteral("filterLocal"));
    QCOMPARE(list->model()->rowCount(), 0);

    // Clear Filters keeps the search.
    auto *clear = sidebar.findChild<QToolButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Filter"));
    QCOMPARE(search->text(), QStringLiteral("todo"));
    QCOMPARE(list->model()->rowCount(), 4);
}

void TestUiSessionListModel::filters_reachBeyondTheFirstPage()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString old = fixture.addSession(QStringLiteral("an old failure"), SessionStatus::Failed, Start);
    for (int i = 1; i <= SessionListModel::HistoryLimit; ++i)
        fixture.addSession(QStringLiteral("newer %1").arg(i), SessionStatus::Queued, Start.addSecs(i));

    SessionSidebar sidebar(&fixture.store());
    auto *list = sidebar.findChild<QListView *>(QStringLiteral("sessionList"));
    QCOMPARE(list->model()->rowCount(), SessionListModel::HistoryLimit);
    QCOMPARE(sidebar.model()->rowOf(old), -1);
    toggle(sidebar, QStringLiteral("filterFailed"));
    QCOMPARE(prompts(*list->model()), QStringList{QStringLiteral("an old failure")});
    sidebar.filterButton()->clear();
    QTest::keyClicks(sidebar.findChild<QLineEdit *>(QStringLiteral("sessionSearch")), QStringLiteral("OLD"));
    QCOMPARE(prompts(*list->model()), QStringList{QStringLiteral("an old failure")});
}

void TestUiSessionListModel::filters_aSessionThatComesToMatchAppears()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString shown = fixture.addSession(QStringLiteral("failed first"), SessionStatus::Failed, Start);
    SessionSidebar sidebar(&fixture.store());
    QSignalSpy current(&sidebar, &SessionSidebar::currentSessionChanged);
    sidebar.selectSession(shown);
    toggle(sidebar, QStringLiteral("filterFailed"));
    auto *list = sidebar.findChild<QListView *>(QStringLiteral("sessionList"));

    const QString later = fixture.addSession(QStringLiteral("failing later"), SessionStatus::Provisioning,
                                             Start.addSecs(60));
    QCOMPARE(prompts(*list->model()), QStringList{QStringLiteral("failed first")});
    QVERIFY(!fixture.store()
                 .fail(later, SpawnError::system(QStringLiteral("No space left."), false), QStringLiteral("deploying"))
                 .isError());
    QCOMPARE(prompts(*list->model()), (QStringList{QStringLiteral("failing later"), QStringLiteral("failed first")}));
    // The shown session stayed shown throughout.
    QCOMPARE(sidebar.currentSessionId(), shown);
    QCOMPARE(current.count(), 1);

    // Selecting a session the filter hides clears the filter.
    sidebar.selectSession(fixture.addSession(QStringLiteral("queued"), SessionStatus::Queued, Start.addSecs(120)));
    QVERIFY(!sidebar.filterButton()->isActive());
    QCOMPARE(list->model()->rowCount(), 3);
}

void TestUiSessionListModel::statusBadge_tonePerStatus()
{
    using Tone = StatusBadge::Tone;
    QCOMPARE(StatusBadge::tone(SessionStatus::Ready), Tone::Success);
    QCOMPARE(StatusBadge::tone(SessionStatus::Failed), Tone::Failure);
    for (SessionStatus live : {SessionStatus::Queued, SessionStatus::Provisioning, SessionStatus::Deploying,
                               SessionStatus::Starting, SessionStatus::Updating})
        QCOMPARE(StatusBadge::tone(live), Tone::Live);
    for (SessionStatus ended : {SessionStatus::Stopped, SessionStatus::Expired, SessionStatus::Cancelled})
        QCOMPARE(StatusBadge::tone(ended), Tone::Inactive);

    // Each tone has its own colour, in a light and in a dark palette.
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    for (const QPalette &palette : {light, dark}) {
        const QList<QColor> colors{StatusBadge::color(SessionStatus::Ready, palette),
                                   StatusBadge::color(SessionStatus::Failed, palette),
                                   StatusBadge::color(SessionStatus::Deploying, palette),
                                   StatusBadge::color(SessionStatus::Stopped, palette)};
        for (qsizetype i = 0; i < colors.size(); ++i) {
            for (qsizetype j = i + 1; j < colors.size(); ++j)
                QVERIFY(colors.at(i) != colors.at(j));
        }
    }
    QVERIFY(StatusBadge::color(SessionStatus::Ready, light) != StatusBadge::color(SessionStatus::Ready, dark));
}

QTEST_MAIN(TestUiSessionListModel)
#include "test_ui_sessionlistmodel.moc"
