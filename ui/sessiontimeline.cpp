// SPDX-License-Identifier: MIT
#include "sessiontimeline.h"

#include "sessiontext.h"
#include "store/sessionstore.h"
#include "store/sessionwatcher.h"
#include "timelinepictures.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

SessionTimeline::SessionTimeline(SessionStore *store, SessionWatcher *watcher, QWidget *parent)
    : QTreeWidget(parent)
    , m_store(store)
    , m_pictures(new TimelinePictures(store, this))
{
    setObjectName(QStringLiteral("sessionTimeline"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("What happened to the session, oldest first"));
    setColumnCount(2);
    setHeaderLabels({tr("Time"), tr("Event")});
    // Only a row with more to say (an app's last output, what the model
    // was asked) can be expanded.
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);

    connect(watcher, &SessionWatcher::eventAppended, this, &SessionTimeline::onEventAppended);
}

SessionTimeline::~SessionTimeline() = default;

void SessionTimeline::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_lastEventId = 0;
    clear();
    setUniformRowHeights(true);
    m_pictures->show({});
    if (sessionId.isEmpty())
        return;
    const QList<SessionEvent> events = m_store->events(sessionId);
    for (const SessionEvent &event : events)
        append(event);
    m_pictures->show(sessionId);
    scrollToBottom();
}

void SessionTimeline::onEventAppended(const QString &sessionId, const SessionEvent &event)
{
    if (sessionId != m_sessionId || event.id <= m_lastEventId)
        return;
    const QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum();
    append(event);
    // A turn with pictures is stored just before the request's first step.
    if (event.kind != EventKind::Log)
        m_pictures->update();
    if (following)
        scrollToBottom();
}

void SessionTimeline::append(const SessionEvent &event)
{
    const QDateTime local = event.time.toLocalTime();
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, QLocale().toString(local.time(), QStringLiteral("HH:mm:ss")));
    item->setToolTip(0, QLocale().toString(local, QLocale::LongFormat));
    item->setData(0, TimelinePictures::TimeRole, event.time);
    const QString text = SessionText::event(event);
    // Multi-line details (an app's last output, what a repair asked the
    // model) show their first line; the rest is a row each, on demand, and
    // the tooltip has all of it.
    const QStringList lines = text.split(u'\n');
    item->setText(1, lines.constFirst());
    item->setToolTip(1, text);
    item->setData(1, Qt::AccessibleTextRole, text);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        auto *line = new QTreeWidgetItem(item);
        line->setText(1, lines.at(i));
        line->setToolTip(1, lines.at(i));
    }
    m_lastEventId = std::max(m_lastEventId, event.id);
}
