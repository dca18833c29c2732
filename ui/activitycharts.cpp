// SPDX-License-Identifier: MIT
#include "activitycharts.h"

#include "chartbuilder.h"
#include "sessiontext.h"

#include <algorithm>

#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>

ActivityCharts::ActivityCharts(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_sessions(ChartBuilder::instance()->createView(QStringLiteral("sessionsPerDayChart"), tr("Sessions per day"), this))
    , m_steps(ChartBuilder::instance()->createView(QStringLiteral("stepMediansChart"), tr("Median time in each step"), this))
    , m_repairs(ChartBuilder::instance()->createView(QStringLiteral("repairRoundsChart"), tr("Repair rounds per session"), this))
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
    ChartBarSet ready{tr("Reached ready"), {}};
    ChartBarSet notReady{tr("Did not"), {}};
    for (const QString &day : days) {
        const DayActivity counts = byDay.value(day);
        categories << ChartBuilder::shortDay(day);
        ready.values << counts.succeeded;
        notReady.values << counts.sessions - counts.succeeded;
    }
    ChartBuilder::instance()->showBars(m_sessions, tr("Sessions per day"), categories, {ready, notReady}, true,
                                           QStringLiteral("%.0f"));
    m_summary->setText(sessions == 0
                           ? tr("No sessions in this period.")
                           : tr("%n session(s); %1 % reached ready.", nullptr, sessions)
                                 .arg(QLocale().toString(100.0 * succeeded / sessions, 'f', 1)));

    // In the order a run goes through them, the first on top (a horizontal
    // chart draws its first category at the bottom), named as the window names them.
    const QList<SessionStatus> order{SessionStatus::Queued,       SessionStatus::Generating, SessionStatus::Updating,
                                     SessionStatus::Validating,   SessionStatus::Provisioning,
                                     SessionStatus::Deploying,    SessionStatus::Starting};
    const auto rank = [&order](const QString &name) {
        SessionStatus status = SessionStatus::Queued;
        const qsizetype at = sessionStatusFromString(name, &status) ? order.indexOf(status) : -1;
        return at < 0 ? order.size() : at;
    };
    QList<StepMedian> sorted = steps;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&rank](const StepMedian &a, const StepMedian &b) { return rank(a.step) < rank(b.step); });
    QStringList stepNames;
    ChartBarSet seconds{tr("Median seconds"), {}};
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        SessionStatus status = SessionStatus::Queued;
        stepNames << (sessionStatusFromString(it->step, &status) ? SessionText::status(status) : it->step);
        seconds.values << it->medianMs / 1000.0;
    }
    ChartBuilder::instance()->showHorizontalBars(m_steps, tr("Median time in each step (s)"), stepNames, seconds,
                                                  QStringLiteral("%.1f"));
    QStringList rounds;
    ChartBarSet counts{tr("Sessions"), {}};
    for (const RepairCount &repair : repairs) {
        rounds << QString::number(repair.rounds);
        counts.values << repair.sessions;
    }
    ChartBuilder::instance()->showBars(m_repairs, tr("Sessions by repair rounds"), rounds, {counts}, false,
                                          QStringLiteral("%.0f"));
}
