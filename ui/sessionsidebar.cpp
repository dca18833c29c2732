// SPDX-License-Identifier: MIT
#include "sessionsidebar.h"

#include "sessionitemdelegate.h"
#include "sessionlistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

SessionSidebar::SessionSidebar(SessionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionListModel(store, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_newButton(new QPushButton(tr("&New app"), this))
{
    setObjectName(QStringLiteral("sessionSidebar"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SessionListModel::PromptRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setAccessibleDescription(tr("Shows only the sessions whose prompt contains the text"));
    m_search->setClearButtonEnabled(true);
    // The clear button Qt adds is a tool button of its own; name it too.
    const QList<QToolButton *> searchButtons = m_search->findChildren<QToolButton *>();
    for (QToolButton *button : searchButtons) {
        button->setObjectName(QStringLiteral("sessionSearchClear"));
        button->setAccessibleName(tr("Clear search"));
    }

    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Sessions"));
    m_list->setAccessibleDescription(tr("Your sessions, newest first"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new SessionItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_newButton->setObjectName(QStringLiteral("newAppButton"));
    m_newButton->setAccessibleName(tr("New app"));
    m_newButton->setToolTip(tr("Show the template gallery"));

    auto *heading = new QLabel(tr("Sessions"), this);
    heading->setObjectName(QStringLiteral("sessionsHeading"));
    heading->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_newButton);
    layout->addWidget(m_search);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SessionSidebar::onSearchChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { selectSession({}); });
}

SessionSidebar::~SessionSidebar() = default;

void SessionSidebar::selectSession(const QString &sessionId)
{
    if (sessionId.isEmpty()) {
        m_list->selectionModel()->clear();
        setCurrentId({});
        return;
    }
    QModelIndex source = m_model->indexOf(sessionId);
    if (!source.isValid())
        return;
    if (!m_filter->mapFromSource(source).isValid())
        m_search->clear();
    const QModelIndex shown = m_filter->mapFromSource(source);
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

void SessionSidebar::onSearchChanged(const QString &text)
{
    m_filtering = true;
    m_filter->setFilterFixedString(text.trimmed());
    m_filtering = false;
    // Keep the shown session selected when it still matches.
    const QModelIndex shown = m_filter->mapFromSource(m_model->indexOf(m_currentId));
    if (shown.isValid() && m_list->currentIndex() != shown)
        m_list->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
}

void SessionSidebar::setCurrentId(const QString &sessionId)
{
    if (sessionId == m_currentId)
        return;
    m_currentId = sessionId;
    emit currentSessionChanged(sessionId);
}
