// SPDX-License-Identifier: MIT
#include "sessionstepper.h"

#include "store/sessionstore.h"
#include "store/sessionwatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace {
QString stepName(SessionStatus step)
{
    switch (step) {
    case SessionStatus::Generating:
        return SessionStepper::tr("Generating");
    case SessionStatus::Validating:
        return SessionStepper::tr("Validating");
    case SessionStatus::Deploying:
        return SessionStepper::tr("Deploying");
    case SessionStatus::Starting:
        return SessionStepper::tr("Starting");
    default:
        return SessionStepper::tr("Ready");
    }
}
} // namespace

SessionStepper::SessionStepper(SessionStore *store, SessionWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_repairs(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionStepper"));
    setAccessibleName(tr("Progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<SessionStatus> all = steps();
    for (SessionStatus step : all) {
        if (!m_labels.isEmpty()) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setAccessibleName(tr("then"));
            layout->addWidget(arrow);
        }
        auto *label = new QLabel(this);
        label->setObjectName(u"step_" + sessionStatusToString(step));
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        m_labels << label;
    }
    layout->addStretch(1);
    m_repairs->setObjectName(QStringLiteral("repairRounds"));
    m_repairs->setAccessibleName(tr("Repair rounds"));
    m_repairs->setTextFormat(Qt::PlainText);
    layout->addWidget(m_repairs);

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SessionStepper::render);
    connect(watcher, &SessionWatcher::eventAppended, this, [this](const QString &sessionId, const SessionEvent &event) {
        if (sessionId != m_sessionId || event.id <= m_lastEventId)
            return;
        apply(event);
        render();
    });
    reset();
    render();
}

SessionStepper::~SessionStepper() = default;

QList<SessionStatus> SessionStepper::steps()
{
    return {SessionStatus::Generating, SessionStatus::Validating, SessionStatus::Deploying, SessionStatus::Starting,
            SessionStatus::Ready};
}

void SessionStepper::setSessionId(const QString &sessionId)
{
    m_sessionId = sessionId;
    reset();
    m_lastEventId = 0;
    if (!sessionId.isEmpty()) {
        const QList<SessionEvent> events = m_store->events(sessionId);
        for (const SessionEvent &event : events)
            apply(event);
    }
    render();
}

void SessionStepper::reset()
{
    m_steps = QList<Step>(steps().size());
    m_active = -1;
    m_repairRounds = 0;
}

int SessionStepper::indexOf(SessionStatus status) const
{
    switch (status) {
    case SessionStatus::Generating:
    case SessionStatus::Updating:  // a follow-up: the model writes the change
        return 0;
    case SessionStatus::Validating:
        return 1;
    case SessionStatus::Provisioning:
    case SessionStatus::Deploying:
        return 2;
    case SessionStatus::Starting:
        return 3;
    case SessionStatus::Ready:
        return 4;
    default:
        return -1;
    }
}

void SessionStepper::apply(const SessionEvent &event)
{
    m_lastEventId = std::max(m_lastEventId, event.id);
    if (event.kind != EventKind::Transition || !event.toStatus)
        return;
    const SessionStatus to = *event.toStatus;
    if (to == SessionStatus::Queued) {
        reset();  // a new run
        return;
    }
    // A follow-up, a restore or an edit leaves Ready for a new run of the
    // steps: its times start from 0, not from the last run's totals.
    if (event.fromStatus && *event.fromStatus == SessionStatus::Ready && indexOf(to) >= 0
        && to != SessionStatus::Ready)
        reset();
    // Back to the model after a later step failed: a repair round.
    if (to == SessionStatus::Generating && event.fromStatus && indexOf(*event.fromStatus) > 0)
        ++m_repairRounds;
    const int next = indexOf(to);
    if (next == m_active && next >= 0)
        return;  // provisioning → deploying stay one step
    if (m_active >= 0) {
        Step &current = m_steps[m_active];
        current.spent += current.activeSince.msecsTo(event.time);
        current.activeSince = {};
        current.state = to == SessionStatus::Failed ? StepState::Failed : StepState::Done;
    }
    m_active = -1;
    if (next < 0)
        return;
    // Steps skipped this run (a template has no model) stay pending; a
    // step re-entered (a repair) continues to add up.
    for (int i = next + 1; i < m_steps.size(); ++i) {
        if (m_steps[i].state == StepState::Done)
            m_steps[i].state = StepState::Pending;
    }
    Step &step = m_steps[next];
    step.seen = true;
    if (to == SessionStatus::Ready) {
        step.state = StepState::Done;
        return;
    }
    step.state = StepState::Active;
    step.activeSince = event.time;
    m_active = next;
}

qint64 SessionStepper::stepMilliseconds(SessionStatus step) const
{
    const int index = indexOf(step);
    if (index < 0 || !m_steps[index].seen)
        return -1;
    const Step &entry = m_steps[index];
    qint64 spent = entry.spent;
    if (entry.state == StepState::Active)
        spent += entry.activeSince.msecsTo(QDateTime::currentDateTimeUtc());
    return spent;
}

SessionStepper::StepState SessionStepper::stepState(SessionStatus step) const
{
    const int index = indexOf(step);
    return index < 0 ? StepState::Pending : m_steps[index].state;
}

QString SessionStepper::durationText(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 10'000)
        return tr("%1 s").arg(QString::number(double(milliseconds) / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

void SessionStepper::render()
{
    const QList<SessionStatus> all = steps();
    for (int i = 0; i < all.size(); ++i) {
        const Step &step = m_steps[i];
        QString mark;
        switch (step.state) {
        case StepState::Pending:
            mark = QStringLiteral("○");
            break;
        case StepState::Active:
            mark = QStringLiteral("●");
            break;
        case StepState::Done:
            mark = QStringLiteral("✔");
            break;
        case StepState::Failed:
            mark = QStringLiteral("✖");
            break;
        }
        const QString name = stepName(all[i]);
        const QString time = all[i] == SessionStatus::Ready ? QString() : durationText(stepMilliseconds(all[i]));
        QString html = mark + u' ' + (step.state == StepState::Active ? u"<b>" + name + u"</b>" : name);
        if (!time.isEmpty())
            html += u"<br><small>" + time + u"</small>";
        m_labels[i]->setText(html);
        m_labels[i]->setEnabled(step.state != StepState::Pending);
        m_labels[i]->setAccessibleName(time.isEmpty() ? name : tr("%1, %2").arg(name, time));
    }
    m_repairs->setText(m_repairRounds > 0 ? tr("Repair round %1").arg(m_repairRounds) : QString());
    m_repairs->setVisible(m_repairRounds > 0);
    const bool live = m_active >= 0;
    if (live && !m_ticker->isActive())
        m_ticker->start();
    else if (!live)
        m_ticker->stop();
}
