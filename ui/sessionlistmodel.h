// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QAbstractListModel>
#include <QList>

class SessionStore;

// The session history as a list, newest first (by creation, so rows do not
// jump while a session runs). Follows SessionStore::sessionChanged: a known
// session's row is re-read and only that row changes; a new session is
// inserted where it belongs.
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
        SandboxKindRole,   // "local"
        DetailsRole,       // "Web app · Local sandbox"
        CreatedAtRole,
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
    // -1 when the session is not in the list.
    int rowOf(const QString &sessionId) const;
    QModelIndex indexOf(const QString &sessionId) const;
    const Session &sessionAt(int row) const { return m_sessions.at(row); }

private:
    void onSessionChanged(const QString &sessionId);
    static bool isNewer(const Session &left, const Session &right);

    SessionStore *m_store;
    QList<Session> m_sessions;
};
