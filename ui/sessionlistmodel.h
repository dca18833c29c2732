// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"
#include "store/sessionquery.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

class SessionStore;

// The session history as a list, newest first (by creation, so rows do not
// jump while a session runs), optionally filtered. Filters and the search
// go into the store's query, so they find sessions beyond the first
// HistoryLimit. Follows the change feed (ChangeFeed), this process's
// writes and other processes' alike: a known session's row
// is re-read and only that row changes, even when it no longer matches the
// filter (a row does not vanish from under the user); a session that is
// new or now matches is inserted where it belongs.
class SessionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        StatusRole,        // SessionStatus
        StatusTextRole,    // "Ready"
        PromptRole,        // what the search matches
        TemplateNameRole,
        AppTypeTextRole,   // "Web app"
        SandboxKindRole,   // its name: "local"
        DetailsRole,       // "Web app · Local sandbox"
        CreatedAtRole,
        TimeLeftRole,      // "12 min left" while the app runs, else empty
        CostTextRole,      // what it has cost so far, "$0.04"
    };

    // How many sessions of the history the list holds at most.
    static constexpr int HistoryLimit = 500;

    explicit SessionListModel(SessionStore *store, QObject *parent = nullptr);
    ~SessionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the whole list again.
    void reload();
    // The status, app type, sandbox and prompt filters of `filter` (its
    // order, limit and offset are the model's own); reloads.
    void setFilter(const SessionQuery &filter);
    const SessionQuery &filter() const { return m_filter; }
    // -1 when the session is not in the list.
    int rowOf(const QString &sessionId) const;
    QModelIndex indexOf(const QString &sessionId) const;
    const Session &sessionAt(int row) const { return m_sessions.at(row); }

private:
    void onSessionChanged(const QString &sessionId);
    static bool isNewer(const Session &left, const Session &right);
    // "12 min left" for a session whose app runs and ends at a set time.
    static QString timeLeft(const Session &session);
    // Repaints the rows whose time left counts down.
    void tick();

    SessionStore *m_store;
    SessionQuery m_filter;
    QList<Session> m_sessions;
    QTimer m_ticker;
};
