// SPDX-License-Identifier: MIT
#include "sessionfilterbutton.h"

#include "sessiontext.h"
#include "statusbadge.h"
#include "store/sessionquery.h"

#include <QAction>
#include <QMenu>

namespace {
// Every status, in the order of the enum.
QList<SessionStatus> allStatuses()
{
    QList<SessionStatus> statuses;
    for (int i = int(SessionStatus::Queued); i <= int(SessionStatus::Cancelled); ++i)
        statuses << SessionStatus(i);
    return statuses;
}
} // namespace

SessionFilterButton::SessionFilterButton(QWidget *parent)
    : QToolButton(parent)
    , m_clear(new QAction(tr("&Clear Filters"), this))
{
    setObjectName(QStringLiteral("sessionFilterButton"));
    setAccessibleName(tr("Filter sessions"));
    setToolTip(tr("Show only sessions of some statuses, app types or sandboxes"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sessionFilterMenu"));
    menu->setAccessibleName(tr("Session filters"));
    // The groups follow the status badge's colours, so what a filter keeps
    // is what the list shows in one colour.
    menu->addSection(tr("Status"));
    using Tone = StatusBadge::Tone;
    m_statusChoices << addChoice(menu, tr("In progress"), QStringLiteral("filterInProgress"), int(Tone::Live))
                    << addChoice(menu, tr("Ready"), QStringLiteral("filterReady"), int(Tone::Success))
                    << addChoice(menu, tr("Failed"), QStringLiteral("filterFailed"), int(Tone::Failure))
                    << addChoice(menu, tr("Stopped or expired"), QStringLiteral("filterEnded"), int(Tone::Inactive));
    menu->addSection(tr("App type"));
    for (AppType type : {AppType::WebApp, AppType::Api, AppType::Script})
        m_typeChoices << addChoice(menu, SessionText::appType(type), u"filter_" + appTypeToString(type), int(type));
    menu->addSection(tr("Sandbox"));
    m_sandboxChoices << addChoice(menu, tr("Local"), QStringLiteral("filterLocal"), int(SandboxKind::Local))
                     << addChoice(menu, tr("E2B cloud"), QStringLiteral("filterE2b"), int(SandboxKind::E2b));
    menu->addSeparator();
    m_clear->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clear->setToolTip(tr("Show all sessions again"));
    menu->addAction(m_clear);
    setMenu(menu);

    connect(m_clear, &QAction::triggered, this, &SessionFilterButton::clear);
    onChoiceToggled();
}

SessionFilterButton::~SessionFilterButton() = default;

QAction *SessionFilterButton::addChoice(QMenu *menu, const QString &text, const QString &name, const QVariant &value)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setData(value);
    connect(action, &QAction::toggled, this, &SessionFilterButton::onChoiceToggled);
    return action;
}

QList<QAction *> SessionFilterButton::checked(const QList<QAction *> &group) const
{
    QList<QAction *> result;
    for (QAction *action : group) {
        if (action->isChecked())
            result << action;
    }
    return result;
}

bool SessionFilterButton::isActive() const
{
    return !checked(m_statusChoices + m_typeChoices + m_sandboxChoices).isEmpty();
}

void SessionFilterButton::applyTo(SessionQuery *query) const
{
    query->statuses.clear();
    const QList<QAction *> tones = checked(m_statusChoices);
    const QList<SessionStatus> statuses = allStatuses();
    for (QAction *action : tones) {
        for (SessionStatus status : statuses) {
            if (int(StatusBadge::tone(status)) == action->data().toInt())
                query->statuses << status;
        }
    }
    query->appTypes.clear();
    const QList<QAction *> types = checked(m_typeChoices);
    for (QAction *action : types)
        query->appTypes << AppType(action->data().toInt());
    // With one of the two kinds checked, it is the filter; both is no filter.
    const QList<QAction *> sandboxes = checked(m_sandboxChoices);
    query->sandboxKind.reset();
    if (sandboxes.size() == 1)
        query->sandboxKind = SandboxKind(sandboxes.constFirst()->data().toInt());
}

QString SessionFilterButton::summary() const
{
    QStringList words;
    const QList<QAction *> all = checked(m_statusChoices + m_typeChoices + m_sandboxChoices);
    for (QAction *action : all)
        words << action->text().remove(u'&');
    return words.join(tr(", "));
}

void SessionFilterButton::setOnly(const QString &choiceName)
{
    m_updating = true;
    const QList<QAction *> all = m_statusChoices + m_typeChoices + m_sandboxChoices;
    for (QAction *action : all)
        action->setChecked(action->objectName() == choiceName);
    m_updating = false;
    onChoiceToggled();
}

void SessionFilterButton::clear()
{
    setOnly({});
}

void SessionFilterButton::onChoiceToggled()
{
    if (m_updating)
        return;
    const int count = int(checked(m_statusChoices + m_typeChoices + m_sandboxChoices).size());
    setText(count == 0 ? tr("Filter") : tr("Filter (%1)").arg(count));
    QFont bold = font();
    bold.setBold(count > 0);
    setFont(bold);
    m_clear->setEnabled(count > 0);
    setAccessibleDescription(count == 0 ? tr("No filter: all sessions are shown")
                                        : tr("Showing only: %1").arg(summary()));
    emit filterChanged();
}
