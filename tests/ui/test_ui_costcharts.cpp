// SPDX-License-Identifier: MIT
// Issue 16, bug 5: the cost dashboard's charts as Qt Charts draws them (the
// plugin): dates readable at every range, whole ticks for counts, round
// ticks for money and seconds, and the steps in the order a run takes them,
// from what the history holds.
#include "chartbuilder.h"
#include "costdashboard.h"
#include "uitestfixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

class TestUiCostCharts final : public QObject
{
    Q_OBJECT

private slots:
    void days_areLabelledWhole_atEveryRange();
    void counts_haveWholeTicks_andMoneyRoundOnes();
    void steps_inWorkflowOrder_withTheirRealTimes();
};

namespace {
QStringList daysFrom(const QDate &first, int count)
{
    QStringList days;
    for (int i = 0; i < count; ++i)
        days << ChartBuilder::shortDay(first.addDays(i).toString(Qt::ISODate));
    return days;
}

// The ticks of a value axis: from 0 in equal steps.
QList<double> ticks(const QValueAxis *axis)
{
    QList<double> values;
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    for (int i = 0; i < axis->tickCount(); ++i)
        values << axis->min() + i * step;
    return values;
}

QString tickLabel(const QValueAxis *axis, double value)
{
    return QString::asprintf(qPrintable(axis->labelFormat()), value);
}
} // namespace

void TestUiCostCharts::days_areLabelledWhole_atEveryRange()
{
    ChartBuilder *builder = ChartBuilder::instance();
    QWidget window;
    window.resize(900, 400);
    QWidget *view = builder->createView(u"dailySpendChart"_s, u"Daily spend"_s, &window);
    view->resize(900, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *chartView = qobject_cast<QChartView *>(view);
    QVERIFY2(chartView, "the charts plugin is not loaded");

    for (const int count : {7, 30, 90, 365}) {
        const QStringList days = daysFrom(QDate(2026, 1, 1), count);
        QList<double> values;
        for (int i = 0; i < count; ++i)
            values << 0.01 * (i % 7);
        builder->showBars(view, u"Daily spend (USD)"_s, days, {{u"Models"_s, values}}, true, u"%.2f"_s);
        QChart *chart = chartView->chart();
        QTRY_VERIFY(chart->plotArea().width() > 100);
        const QFontMetricsF metrics(chart->axes(Qt::Horizontal).constFirst()->labelsFont());
        QStringList shown;
        double room = chart->plotArea().width() / count;
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
            if (auto *labels = qobject_cast<QCategoryAxis *>(axis); labels && labels->isVisible()) {
                shown = labels->categoriesLabels();
                room = chart->plotArea().width() / shown.size();
            } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis); bars && bars->labelsVisible()) {
                shown = bars->categories();
            }
        }
        QVERIFY2(!shown.isEmpty() && shown.size() <= 8, qPrintable(QString::number(shown.size())));
        QCOMPARE(shown.constFirst(), days.constFirst());
        // Each label has the room to be read whole ("01-26", not "…").
        for (const QString &label : std::as_const(shown))
            QVERIFY2(metrics.horizontalAdvance(label) + 4 <= room,
                     qPrintable(u"%1 days: %2 in %3 px"_s.arg(count).arg(label).arg(room)));
    }
}

void TestUiCostCharts::counts_haveWholeTicks_andMoneyRoundOnes()
{
    ChartBuilder *builder = ChartBuilder::instance();
    QWidget window;
    QWidget *view = builder->createView(u"repairRoundsChart"_s, u"Repair rounds"_s, &window);
    auto *chartView = qobject_cast<QChartView *>(view);
    QVERIFY(chartView);

    // Counts: 2, 2, 1, 1, 0 repeated labels came from ticks at 0.5, 1.5.
    builder->showBars(view, u"Sessions by repair rounds"_s, {u"0"_s, u"1"_s, u"2"_s}, {{u"Sessions"_s, {2, 1, 0}}},
                      false, u"%.0f"_s);
    auto *counts = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(counts);
    QStringList labels;
    for (const double tick : ticks(counts)) {
        QCOMPARE(tick, std::round(tick));
        labels << tickLabel(counts, tick);
    }
    QCOMPARE(labels, QStringList({u"0"_s, u"1"_s, u"2"_s}));
    builder->showBars(view, u"Sessions per day"_s, {u"01-01"_s}, {{u"Ready"_s, {37}}, {u"Not"_s, {4}}}, true,
                      u"%.0f"_s);
    counts = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(counts->max() >= 41);
    for (const double tick : ticks(counts))
        QCOMPARE(tick, std::round(tick));
    QCOMPARE(tickLabel(counts, ticks(counts).at(1)), u"10"_s);

    // Money: round steps (0, 0.1, 0.2, 0.3, 0.4), each label distinct.
    builder->showBars(view, u"Daily spend (USD)"_s, {u"01-01"_s, u"01-02"_s}, {{u"Models"_s, {0.37, 0.05}}}, true,
                      u"%.2f"_s);
    auto *money = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).constFirst());
    labels.clear();
    for (const double tick : ticks(money))
        labels << tickLabel(money, tick);
    QCOMPARE(labels, QStringList({u"0.0"_s, u"0.1"_s, u"0.2"_s, u"0.3"_s, u"0.4"_s}));
}

void TestUiCostCharts::steps_inWorkflowOrder_withTheirRealTimes()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    // One generated session: written in 8 s, deployed, then a follow-up the
    // model took 5 s to write, then two restores (no model: no time in Updating).
    QSqlDatabase db = fixture.store().database().connection();
    QSqlQuery insert(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(insert.exec(u"INSERT INTO sessions (id, prompt, app_type, provider, model, sandbox_kind, status, "
                        u"created_at, updated_at) VALUES ('s1', 'a clock', 'webapp', 'anthropic', 'claude-sonnet-4-5', "
                        u"'local', 'ready', '"_s
                        + start.toString(Qt::ISODateWithMs) + u"', '" + start.toString(Qt::ISODateWithMs) + u"')"));
    struct Move
    {
        qint64 atMs;
        const char *from;
        const char *to;
    };
    const QList<Move> moves{{0, "", "queued"},           {100, "queued", "generating"},
                            {8100, "generating", "validating"}, {8200, "validating", "provisioning"},
                            {9200, "provisioning", "deploying"}, {10200, "deploying", "starting"},
                            {10700, "starting", "ready"},      {20000, "ready", "updating"},
                            {25000, "updating", "validating"}, {25100, "validating", "deploying"},
                            {25600, "deploying", "ready"},     {30000, "ready", "updating"},
                            {30000, "updating", "validating"}, {30050, "validating", "deploying"},
                            {30400, "deploying", "ready"},     {40000, "ready", "updating"},
                            {40001, "updating", "validating"}, {40050, "validating", "deploying"},
                            {40400, "deploying", "ready"}};
    QVERIFY(insert.prepare(u"INSERT INTO session_events (session_id, time, kind, from_status, to_status) "
                           u"VALUES ('s1', ?, 'transition', ?, ?)"_s));
    for (const Move &move : moves) {
        insert.addBindValue(start.addMSecs(move.atMs).toString(Qt::ISODateWithMs));
        insert.addBindValue(*move.from ? QVariant(QString::fromLatin1(move.from)) : QVariant());
        insert.addBindValue(QString::fromLatin1(move.to));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    CostDashboard dashboard(&fixture.manager());
    QSignalSpy loaded(&dashboard, &CostDashboard::loaded);
    dashboard.setRange(start.date().addDays(-1), start.date().addDays(1));
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
    auto *view = dashboard.findChild<QChartView *>(u"stepMediansChart"_s);
    QVERIFY(view);
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    auto *names = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(names);
    // Top to bottom as a run goes; a horizontal chart lists its first category at the bottom.
    QStringList topDown = names->categories();
    std::reverse(topDown.begin(), topDown.end());
    QCOMPARE(topDown, QStringList({u"Queued"_s, u"Generating"_s, u"Updating"_s, u"Validating"_s, u"Provisioning"_s,
                                   u"Deploying"_s, u"Starting"_s}));
    const QBarSet *seconds = series->barSets().constFirst();
    const auto valueOf = [&](const QString &step) { return seconds->at(int(names->categories().indexOf(step))); };
    QVERIFY2(std::abs(valueOf(u"Updating"_s) - 5.0) < 0.01, qPrintable(QString::number(valueOf(u"Updating"_s))));
    QVERIFY2(std::abs(valueOf(u"Generating"_s) - 8.0) < 0.01, qPrintable(QString::number(valueOf(u"Generating"_s))));
}

QTEST_MAIN(TestUiCostCharts)
#include "test_ui_costcharts.moc"
