// SPDX-License-Identifier: MIT
// The cost dashboard on a history of 10,000 sessions written straight into
// SQLite (as bench_costs does): it loads without stalling the GUI, its CSV
// exports equal the aggregates, and opening a row names the session.
#include "billing/costcsv.h"
#include "billing/costtracker.h"
#include "costdashboard.h"
#include "costsessionmodel.h"
#include "mainwindow.h"
#include "textchartbuilder.h"
#include "uiplugins.h"
#include "uitestfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

class TestUiCostDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void tenThousandSessions_loadAndRender();
    void dailyCsv_equalsTheDailyAggregates();
    void sessionsCsv_addsUpToThePeriodTotal();
    void openingARow_emitsItsSessionId();
    void table_sortsByTotal();
    void costsAction_opensTheDashboardWhichOpensASession();
    void charts_comeFromThePlugin_orAsText();

private:
    static bool fill(Database &database, int sessions);
    static QList<QStringList> parseCsv(const QByteArray &csv);

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<CostDashboard> m_dashboard;
};

namespace {
constexpr int Sessions = 10000;
const QDate First(2026, 11, 1);
const QDate Last(2026, 11, 30);

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

// Each session: created in November, two model requests, one sandbox run,
// and the journal's status moves (one in five needs a repair round, one in
// ten fails).
bool TestUiCostDashboard::fill(Database &database, int sessions)
{
    QSqlDatabase db = database.connection();
    QRandomGenerator random(6);
    if (!db.transaction())
        return false;
    QSqlQuery session(db);
    QSqlQuery llm(db);
    QSqlQuery run(db);
    QSqlQuery event(db);
    session.prepare(QStringLiteral(
        "INSERT INTO sessions (id, prompt, app_type, provider, model, sandbox_kind, status, created_at, updated_at) "
        "VALUES (?, ?, 'webapp', 'anthropic', ?, ?, ?, ?, ?)"));
    llm.prepare(QStringLiteral("INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, output_tokens, "
                               "cost) VALUES (?, ?, 'anthropic', ?, ?, ?, ?)"));
    run.prepare(QStringLiteral("INSERT INTO usage_metrics (session_id, start_time, end_time, cpu_seconds, "
                               "memory_gb_seconds, actual_cost) VALUES (?, ?, ?, ?, ?, ?)"));
    event.prepare(QStringLiteral("INSERT INTO session_events (session_id, time, kind, from_status, to_status) "
                                 "VALUES (?, ?, 'transition', ?, ?)"));
    const QDateTime start(First, QTime(0, 0), Qt::UTC);
    const QStringList models{QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-haiku-4-5")};
    bool ok = true;
    for (int i = 0; i < sessions && ok; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDateTime at = start.addSecs(random.bounded(29 * 86400));
        const QString model = models.at(i % 2);
        const bool e2b = i % 4 == 0;
        const bool repaired = i % 5 == 0;
        const bool failed = i % 10 == 3;
        QStringList path{QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("validating"),
                         QStringLiteral("provisioning"), QStringLiteral("deploying")};
        if (repaired)
            path << QStringLiteral("generating") << QStringLiteral("validating") << QStringLiteral("deploying");
        path << (failed ? QStringLiteral("failed") : QStringLiteral("starting"));
        if (!failed)
            path << QStringLiteral("ready") << QStringLiteral("stopped");
        session.addBindValue(id);
        session.addBindValue(QStringLiteral("an app, number %1, with \"quotes\", commas").arg(i));
        session.addBindValue(model);
        session.addBindValue(e2b ? QStringLiteral("e2b") : QStringLiteral("local"));
        session.addBindValue(path.constLast());
        session.addBindValue(iso(at));
        session.addBindValue(iso(at.addSecs(900)));
        ok = session.exec();
        for (qsizetype step = 1; step < path.size() && ok; ++step) {
            at = at.addMSecs(200 + random.bounded(20000));
            event.addBindValue(id);
            event.addBindValue(iso(at));
            event.addBindValue(path.at(step - 1));
            event.addBindValue(path.at(step));
            ok = event.exec();
        }
        for (int request = 0; request < 2 && ok; ++request) {
            llm.addBindValue(id);
            llm.addBindValue(iso(at.addSecs(-60 + request)));
            llm.addBindValue(model);
            llm.addBindValue(2000 + random.bounded(9000));
            llm.addBindValue(500 + random.bounded(4000));
            llm.addBindValue(random.bounded(0.05));
            ok = llm.exec();
        }
        const double cpu = random.bounded(120.0);
        run.addBindValue(id);
        run.addBindValue(iso(at.addSecs(-30)));
        run.addBindValue(iso(at));
        run.addBindValue(cpu);
        run.addBindValue(cpu / 2);
        run.addBindValue(e2b ? cpu * 0.000014 : 0.0);
        ok = ok && run.exec();
    }
    return ok && db.commit();
}

QList<QStringList> TestUiCostDashboard::parseCsv(const QByteArray &csv)
{
    // Enough of RFC 4180 for these files: quoted fields with doubled quotes.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
        } else {
            field += c;
        }
    }
    return rows;
}

void TestUiCostDashboard::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(fill(m_fixture->store().database(), Sessions));
}

void TestUiCostDashboard::cleanupTestCase()
{
    m_fixture.reset();
}

void TestUiCostDashboard::init()
{
    m_dashboard = std::make_unique<CostDashboard>(&m_fixture->manager());
    QSignalSpy loaded(m_dashboard.get(), &CostDashboard::loaded);
    m_dashboard->setRange(First, Last);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    // Loaded once, on a later turn of the event loop (maybe while exposing).
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
}

void TestUiCostDashboard::cleanup()
{
    m_dashboard.reset();
}

void TestUiCostDashboard::tenThousandSessions_loadAndRender()
{
    QCOMPARE(m_dashboard->sessionModel()->rowCount(), Sessions);
    QCOMPARE(m_dashboard->days().size(), 30);
    QCOMPARE(m_dashboard->report().overall.requests, 2 * Sessions);
    QCOMPARE(m_dashboard->report().overall.sandboxRuns, Sessions);
    const QImage image = m_dashboard->grab().toImage();
    QVERIFY(!image.isNull());
    auto *summary = m_dashboard->findChild<QLabel *>(QStringLiteral("activitySummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"10000") && summary->text().contains(u"90.0 %"), qPrintable(summary->text()));
    // A session in five had one repair round.
    const auto &rows = m_dashboard->sessionModel()->rows();
    QCOMPARE(std::count_if(rows.cbegin(), rows.cend(), [](const SessionCostRow &row) { return row.repairRounds == 1; }),
             Sessions / 5);
    // For the record (not a timed assertion): one full load of the month.
    QElapsedTimer clock;
    clock.start();
    QSignalSpy again(m_dashboard.get(), &CostDashboard::loaded);
    m_dashboard->refresh();
    // The queries run on a thread of their own: the event loop goes on
    // (an event posted after the refresh is handled before the data arrives).
    int loadedWhenTheLoopRan = -1;
    QTimer::singleShot(0, this, [&] { loadedWhenTheLoopRan = int(again.count()); });
    QVERIFY(again.wait(30000));
    QCOMPARE(loadedWhenTheLoopRan, 0);
    qInfo("one load of 10,000 sessions: %lld ms", clock.elapsed());
    // Switching tabs paints the other charts from what is loaded.
    auto *tabs = m_dashboard->findChild<QTabWidget *>(QStringLiteral("costTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QVERIFY(!m_dashboard->grab().isNull());
    }
}

void TestUiCostDashboard::dailyCsv_equalsTheDailyAggregates()
{
    const CostTracker tracker(m_fixture->store().database());
    QList<CostGroup> days;
    QVERIFY(!tracker.byDay(CostPeriod::days(First, Last), &days).isError());
    const QList<QStringList> rows = parseCsv(m_dashboard->dailyCsv());
    QCOMPARE(rows.size(), 31);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("day"));
    QCOMPARE(rows.at(0).at(3), QStringLiteral("total_usd"));
    for (const CostGroup &day : days) {
        const int index = int(QDate::fromString(day.key, Qt::ISODate).day());
        const QStringList &row = rows.at(index);
        QCOMPARE(row.at(0), day.key);
        QCOMPARE(row.at(1), CostCsv::usd(day.totals.llmCost));
        QCOMPARE(row.at(2), CostCsv::usd(day.totals.sandboxCost));
        QCOMPARE(row.at(3), CostCsv::usd(day.totals.total()));
        QCOMPARE(row.at(4).toLongLong(), day.totals.inputTokens);
        QCOMPARE(row.at(6).toLongLong(), day.totals.requests);
    }
}

void TestUiCostDashboard::sessionsCsv_addsUpToThePeriodTotal()
{
    const QList<QStringList> rows = parseCsv(m_dashboard->sessionsCsv());
    QCOMPARE(rows.size(), Sessions + 1);
    double total = 0.0;
    qint64 tokensIn = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 13);
        total += rows.at(i).at(9).toDouble();
        tokensIn += rows.at(i).at(10).toLongLong();
    }
    CostTotals overall;
    QVERIFY(!CostTracker(m_fixture->store().database()).overall(CostPeriod::days(First, Last), &overall).isError());
    QCOMPARE(tokensIn, overall.inputTokens);
    // Six decimals a row: at most half a micro-dollar of rounding each.
    QVERIFY2(qAbs(total - overall.total()) < Sessions * 5e-7, qPrintable(QString::number(total - overall.total())));
    QVERIFY(rows.at(1).at(2).contains(u"\"quotes\", commas"));
}

void TestUiCostDashboard::openingARow_emitsItsSessionId()
{
    QTabWidget *tabs = m_dashboard->findChild<QTabWidget *>(QStringLiteral("costTabs"));
    tabs->setCurrentIndex(2);
    QTableView *table = m_dashboard->sessionTable();
    QTRY_VERIFY(table->isVisible());
    const QModelIndex index = table->model()->index(3, CostSessionModel::Prompt);
    const QString expected = index.data(CostSessionModel::IdRole).toString();
    QVERIFY(!expected.isEmpty());
    QSignalSpy opened(m_dashboard.get(), &CostDashboard::sessionOpened);
    const QPoint center = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), expected);
}

void TestUiCostDashboard::table_sortsByTotal()
{
    QTableView *table = m_dashboard->sessionTable();
    table->sortByColumn(CostSessionModel::Total, Qt::AscendingOrder);
    const QAbstractItemModel *model = table->model();
    double previous = -1.0;
    for (int row = 0; row < 50; ++row) {
        const double total = model->index(row, CostSessionModel::Total).data(CostSessionModel::SortRole).toDouble();
        QVERIFY(total >= previous);
        previous = total;
    }
    // The export follows the table's order.
    const QList<QStringList> rows = parseCsv(m_dashboard->sessionsCsv());
    QCOMPARE(rows.at(1).at(0), model->index(0, 0).data(CostSessionModel::IdRole).toString());
}

void TestUiCostDashboard::costsAction_opensTheDashboardWhichOpensASession()
{
    m_dashboard.reset();
    MainWindow window(&m_fixture->manager());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *costs = window.findChild<QAction *>(QStringLiteral("costsAction"));
    QVERIFY(costs);
    costs->trigger();
    CostDashboard *dashboard = window.findChild<CostDashboard *>();
    QVERIFY(dashboard);
    QTRY_VERIFY(dashboard->isVisible());
    QVERIFY(dashboard->isWindow());
    dashboard->setRange(First, Last);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->sessionModel()->rowCount(), Sessions, 30000);
    // The newest session is in the sidebar's history.
    QSqlQuery newest(m_fixture->store().database().connection());
    QVERIFY(newest.exec(QStringLiteral("SELECT id FROM sessions ORDER BY updated_at DESC LIMIT 1")) && newest.next());
    const QString id = newest.value(0).toString();
    emit dashboard->sessionOpened(id);
    QCOMPARE(window.currentSessionId(), id);
    costs->trigger();  // one dashboard at a time
    QCOMPARE(window.findChildren<CostDashboard *>().size(), 1);
}

void TestUiCostDashboard::charts_comeFromThePlugin_orAsText()
{
    // The dashboard's charts are Qt Charts views from the plugin.
    auto *daily = m_dashboard->findChild<QWidget *>(QStringLiteral("dailySpendChart"));
    QVERIFY(daily);
    QVERIFY2(daily->inherits("QChartView"), daily->metaObject()->className());
    QCOMPARE(daily->accessibleName(), QStringLiteral("Daily spend"));

    // A plugin that is not there says where it was looked for.
    QString error;
    QVERIFY(!UiPlugins::load(QStringLiteral("spawnai-no-such-plugin"), &error));
    QVERIFY2(error.contains(u"spawnai-no-such-plugin") && error.contains(UiPlugins::searchDirectories().constLast()),
             qPrintable(error));

    // Without the plugin the numbers are still there, as text.
    TextChartBuilder text(QStringLiteral("not installed"));
    QWidget parent;
    QWidget *view = text.createView(QStringLiteral("spend"), QStringLiteral("Daily spend"), &parent);
    text.showBars(view, QStringLiteral("Daily spend (USD)"), {QStringLiteral("11-25"), QStringLiteral("11-26")},
                  {{QStringLiteral("Models"), {1.5, 0.25}}, {QStringLiteral("Sandboxes"), {0.0, 2.0}}}, true,
                  QStringLiteral("%.2f"));
    const QString shown = qobject_cast<QLabel *>(view)->text();
    QVERIFY2(shown.contains(u"not installed") && shown.contains(u"11-26: Models 0.25, Sandboxes 2.00"), qPrintable(shown));
}

QTEST_MAIN(TestUiCostDashboard)
#include "test_ui_costdashboard.moc"
