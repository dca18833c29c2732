// SPDX-License-Identifier: MIT
#include "sessionsidebar.h"

#include "sessionfilterbutton.h"
#include "sessionitemdelegate.h"
#include "sessionlistmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

SessionSidebar::SessionSidebar(SessionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionListModel(store, this))
    , m_search(new QLineEdit(this))
    , m_filterButton(new SessionFilterButton(this))
    , m_filterBar(new QWidget(this))
    , m_filterSummary(new QLabel(m_filterBar))
    , m_clearFilters(new QToolButton(m_filterBar))
    , m_list(new QListView(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyButton(new QPushButton(m_empty))
    , m_newButton(new QPushButton(tr("&New app"), this))
{
    setObjectName(QStringLiteral("sessionSidebar"));

    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setAccessibleDescription(tr("Shows only the sessions whose prompt contains the text"));
    // The clear button shows only once there is text, and making it loads
    // the icon theme: that waits for the first text, not for start-up.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_search->isClearButtonEnabled())
            return;
        m_search->setClearButtonEnabled(true);
        // Qt's clear button is a tool button of its own; name it too.
        const QList<QToolButton *> searchButtons = m_search->findChildren<QToolButton *>();
        for (QToolButton *button : searchButtons) {
            button->setObjectName(QStringLiteral("sessionSearchClear"));
            button->setAccessibleName(tr("Clear search"));
        }
    });

    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Sessions"));
    m_list->setAccessibleDescription(tr("Your sessions, newest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SessionItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Rows are as wide as the list and shorten their texts (the delegate):
    // a narrow window never scrolls the list sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::customContextMenuRequested, this, &SessionSidebar::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { rememberNeighbour(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionSidebar::selectNeighbour);

    m_newButton->setObjectName(QStringLiteral("newAppButton"));
    m_newButton->setAccessibleName(tr("New app"));
    m_newButton->setToolTip(tr("Show the template gallery"));

    auto *heading = new QLabel(tr("Sessions"), this);
    heading->setObjectName(QStringLiteral("sessionsHeading"));
    heading->setBuddy(m_list);

    m_filterBar->setObjectName(QStringLiteral("sessionFilterBar"));
    m_filterSummary->setObjectName(QStringLiteral("sessionFilterSummary"));
    m_filterSummary->setAccessibleName(tr("Active filters"));
    m_filterSummary->setWordWrap(true);
    m_filterSummary->setTextFormat(Qt::PlainText);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setAutoRaise(true);
    m_clearFilters->setDefaultAction(m_filterButton->clearAction());
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterSummary, 1);
    filterLayout->addWidget(m_clearFilters);
    m_filterBar->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_newButton);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    m_empty->setObjectName(QStringLiteral("sessionListEmpty"));
    m_emptyText->setObjectName(QStringLiteral("sessionListEmptyText"));
    m_emptyText->setAccessibleName(tr("Why the list is empty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyButton->setObjectName(QStringLiteral("sessionListEmptyButton"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 6, 6, 6);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignLeft);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_search->text().trimmed().isEmpty() && !m_filterButton->isActive())
            selectSession({});  // the template gallery
        else
            clearSearchAndFilters();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionSidebar::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionSidebar::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionSidebar::updateEmptyState);

    connect(m_search, &QLineEdit::textChanged, this, &SessionSidebar::applyFilter);
    connect(m_filterButton, &SessionFilterButton::filterChanged, this, &SessionSidebar::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { selectSession({}); });
    updateEmptyState();
}

void SessionSidebar::updateEmptyState()
{
    const bool searching = !m_search->text().trimmed().isEmpty() || m_filterButton->isActive();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_emptyText->setText(searching ? tr("No sessions match.") : tr("No sessions yet — try a template."));
    m_emptyButton->setText(searching ? tr("Clear") : tr("Templates"));
    m_emptyButton->setAccessibleName(searching ? tr("Clear the search and filters") : tr("Show the templates"));
}

void SessionSidebar::clearSearchAndFilters()
{
    {
        const QSignalBlocker searchQuiet(m_search);
        const QSignalBlocker filterQuiet(m_filterButton);
        m_search->clear();
        m_filterButton->clear();
    }
    applyFilter();
}

SessionSidebar::~SessionSidebar() = default;

void SessionSidebar::selectSession(const QString &sessionId)
{
    if (sessionId.isEmpty()) {
        m_list->selectionModel()->clear();
        setCurrentId({});
        return;
    }
    if (!m_model->indexOf(sessionId).isValid()) {
        const QSignalBlocker searchQuiet(m_search);
        const QSignalBlocker filterQuiet(m_filterButton);
        m_search->clear();
        m_filterButton->clear();
        applyFilter();
    }
    const QModelIndex shown = m_model->indexOf(sessionId);
    if (!shown.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(shown);
}

void SessionSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SessionSidebar::onCurrentChanged(const QModelIndex &current)
{
    if (m_filtering)
        return;
    setCurrentId(current.data(SessionListModel::SessionIdRole).toString());
}

void SessionSidebar::applyFilter()
{
    SessionQuery filter;
    m_filterButton->applyTo(&filter);
    filter.promptSearch = m_search->text().trimmed();
    m_filtering = true;
    m_model->setFilter(filter);
    m_filtering = false;
    // Keep the shown session selected when it still matches.
    const QModelIndex shown = m_model->indexOf(m_currentId);
    if (shown.isValid() && m_list->currentIndex() != shown)
        m_list->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);

    const bool active = m_filterButton->isActive();
    m_filterSummary->setText(active ? tr("Showing only: %1").arg(m_filterButton->summary()) : QString());
    m_filterBar->setVisible(active);
    updateEmptyState();
}

QMenu *SessionSidebar::contextMenu() const
{
    return m_contextMenu;
}

bool SessionSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        const QString id = m_list->currentIndex().data(SessionListModel::SessionIdRole).toString();
        if (!id.isEmpty())
            emit deleteRequested(id);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SessionSidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid() || m_contextActions.isEmpty())
        return;
    // The actions are the shown session's: the one clicked becomes it.
    selectSession(index.data(SessionListModel::SessionIdRole).toString());
    if (m_contextMenu)
        m_contextMenu->deleteLater();
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("sessionContextMenu"));
    m_contextMenu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            m_contextMenu->addAction(action);
        else
            m_contextMenu->addSeparator();
    }
    m_contextMenu->popup(m_list->viewport()->mapToGlobal(position));
}

void SessionSidebar::rememberNeighbour(int first, int last)
{
    const int current = m_list->currentIndex().row();
    if (m_filtering || current < first || current > last)
        return;
    const int below = last + 1;
    const int above = first - 1;
    const int row = below < m_model->rowCount() ? below : above;
    m_neighbourId = row >= 0 ? m_model->index(row).data(SessionListModel::SessionIdRole).toString() : QString();
    m_neighbourPending = true;
}

void SessionSidebar::selectNeighbour()
{
    if (!std::exchange(m_neighbourPending, false))
        return;
    selectSession(m_neighbourId);
    // The user deleted from here or from the shown session: either way the
    // list is where the next choice is made, by keyboard too.
    m_list->setFocus(Qt::OtherFocusReason);
}

void SessionSidebar::setCurrentId(const QString &sessionId)
{
    if (sessionId == m_currentId)
        return;
    m_currentId = sessionId;
    emit currentSessionChanged(sessionId);
}
