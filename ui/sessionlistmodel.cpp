// SPDX-License-Identifier: MIT
#include "sessionlistmodel.h"

#include "billing/budget.h"
#include "sessiontext.h"
#include "store/changefeed.h"
#include "store/sessionstore.h"
#include "traymenu.h"

#include <algorithm>

SessionListModel::SessionListModel(SessionStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    // Through the feed, so sessions of other processes (spawnai spawn in a
    // terminal, the API) appear and move as this window's own do.
    connect(m_store->feed(), &ChangeFeed::changed, this, [this](const SessionChange &change) {
        if (change.type != ChangeType::Step && change.type != ChangeType::Log)
            onSessionChanged(change.sessionId);
    });
    // A purged session is no longer in the store: its row goes (the feed's
    // session.deleted says it too, for purges of other processes).
    connect(m_store, &SessionStore::sessionDeleted, this, &SessionListModel::onSessionChanged);
    // What a session has cost moves without a feed entry (setActualCost):
    // this process's own cost updates reach the row's cost here.
    connect(m_store, &SessionStore::sessionChanged, this, [this](const QString &sessionId) {
        if (rowOf(sessionId) >= 0)
            onSessionChanged(sessionId);
    });
    // Minutes left change once a minute; a tick every 20 s keeps the shown
    // value less than a third of a minute late.
    m_ticker.setInterval(20'000);
    connect(&m_ticker, &QTimer::timeout, this, &SessionListModel::tick);
    m_ticker.start();
    reload();
}

SessionListModel::~SessionListModel() = default;

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return SessionText::title(session);
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3").arg(SessionText::title(session), SessionText::status(session.status),
                                      SessionText::details(session));
    case Qt::AccessibleTextRole: {
        QStringList parts{SessionText::title(session), SessionText::status(session.status),
                          SessionText::details(session)};
        if (const QString left = timeLeft(session); !left.isEmpty())
            parts << left;
        parts << Budget::formatUsd(session.actualCost);
        return parts.join(QStringLiteral(", "));
    }
    case SessionIdRole:
        return session.id;
    case StatusRole:
        return QVariant::fromValue(session.status);
    case StatusTextRole:
        return SessionText::status(session.status);
    case PromptRole:
        return session.prompt;
    case TemplateNameRole:
        return session.templateName;
    case AppTypeTextRole:
        return SessionText::appType(session.appType);
    case SandboxKindRole:
        return sandboxKindToString(session.sandboxKind);
    case DetailsRole:
        return SessionText::details(session);
    case CreatedAtRole:
        return session.createdAt;
    case TimeLeftRole:
        return timeLeft(session);
    case CostTextRole:
        return Budget::formatUsd(session.actualCost);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SessionIdRole, "sessionId");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(PromptRole, "prompt");
    names.insert(TemplateNameRole, "templateName");
    names.insert(AppTypeTextRole, "appTypeText");
    names.insert(SandboxKindRole, "sandboxKind");
    names.insert(DetailsRole, "details");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(TimeLeftRole, "timeLeft");
    names.insert(CostTextRole, "costText");
    return names;
}

void SessionListModel::setFilter(const SessionQuery &filter)
{
    m_filter = filter;
    reload();
}

void SessionListModel::reload()
{
    SessionQuery query = m_filter;
    query.offset = 0;
    query.limit = HistoryLimit;
    // Creation order, so a running session stays where the user last saw it.
    query.order = SessionQuery::Order::Created;
    QList<Session> sessions = m_store->sessions(query);
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

int SessionListModel::rowOf(const QString &sessionId) const
{
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [&sessionId](const Session &session) { return session.id == sessionId; });
    return it == m_sessions.cend() ? -1 : int(it - m_sessions.cbegin());
}

QModelIndex SessionListModel::indexOf(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row < 0 ? QModelIndex() : index(row);
}

void SessionListModel::onSessionChanged(const QString &sessionId)
{
    const int row = rowOf(sessionId);
    const std::optional<Session> session = m_store->session(sessionId);
    if (row >= 0) {
        if (!session) {
            beginRemoveRows({}, row, row);
            m_sessions.removeAt(row);
            endRemoveRows();
            return;
        }
        m_sessions[row] = *session;
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
        return;
    }
    if (!session || !m_filter.matches(*session))
        return;
    const auto position = std::lower_bound(m_sessions.cbegin(), m_sessions.cend(), *session,
                                           &SessionListModel::isNewer);
    const int at = int(position - m_sessions.cbegin());
    beginInsertRows({}, at, at);
    m_sessions.insert(at, *session);
    endInsertRows();
}

QString SessionListModel::timeLeft(const Session &session)
{
    if (isTerminal(session.status) || !session.expiresAt.isValid())
        return {};
    return TrayMenu::timeLeft(session.expiresAt, QDateTime::currentDateTimeUtc());
}

void SessionListModel::tick()
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (!timeLeft(m_sessions.at(row)).isEmpty())
            emit dataChanged(index(row), index(row), {TimeLeftRole, Qt::AccessibleTextRole});
    }
}

bool SessionListModel::isNewer(const Session &left, const Session &right)
{
    return left.createdAt > right.createdAt;
}
