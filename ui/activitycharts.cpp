// SPDX-License-Identifier: MIT
#include "activitycharts.h"

#include "chartfactory.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHash>
#include <QLabel>

ActivityCharts::ActivityCharts(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_sessions(ChartFactory::view(QStringLiteral("sessionsPerDayChart"), tr("Sessions per day"), this))
    , m_steps(ChartFactory::view(QStringLiteral("stepMediansChart"), tr("Median time in each step"), this))
    , m_repairs(ChartFactory::view(QStringLiteral("repairRoundsChart"), tr("Repair rounds per session"), this))
{
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_sessions, 1, 0, 1, 2);
    layout->addWidget(m_steps, 2, 0);
    layout->addWidget(m_repairs, 2, 1);
}

ActivityCharts::~ActivityCharts() = default;

void ActivityCharts::replace(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString ActivityCharts::summary() const
{
    return m_summary->text();
}

void ActivityCharts::setData(const QStringList &days, const QList<DayActivity> &activity,
                             const QList<StepMedian> &steps, const QList<RepairCount> &repairs)
{
    QHash<QString, DayActivity> byDay;
    int sessions = 0;
    int succeeded = 0;
    for (const DayActivity &day : activity) {
        byDay.insert(day.day, day);
        sessions += day.sessions;
        succeeded += day.succeeded;
    }
    QStringList categories;
    ChartFactory::BarSet ready{tr("Reached ready"), {}};
    ChartFactory::BarSet notReady{tr("Did not"), {}};
    for (const QString &day : days) {
        const DayActivity counts = byDay.value(day);
        categories << ChartFactory::shortDay(day);
        ready.values << counts.succeeded;
        notReady.values << counts.sessions - counts.succeeded;
    }
    replace(m_sessions, ChartFactory::bars(tr("Sessions per day"), categories, {ready, notReady}, true,
                                           QStringLiteral("%.0f")));
    m_summary->setText(sessions == 0
                           ? tr("No sessions in this period.")
                           : tr("%n session(s); %1 % reached ready.", nullptr, sessions)
                                 .arg(QString::number(100.0 * succeeded / sessions, 'f', 1)));

    QStringList stepNames;
    ChartFactory::BarSet seconds{tr("Median seconds"), {}};
    for (const StepMedian &step : steps) {
        stepNames << step.step;
        seconds.values << step.medianMs / 1000.0;
    }
    replace(m_steps, ChartFactory::horizontalBars(tr("Median time in each step (s)"), stepNames, seconds,
                                                  QStringLiteral("%.1f")));
    QStringList rounds;
    ChartFactory::BarSet counts{tr("Sessions"), {}};
    for (const RepairCount &repair : repairs) {
        rounds << QString::number(repair.rounds);
        counts.values << repair.sessions;
    }
    replace(m_repairs, ChartFactory::bars(tr("Sessions by repair rounds"), rounds, {counts}, false,
                                          QStringLiteral("%.0f")));
}
