// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;
class SessionDelete;
class SessionManager;

// Delete in the window: asks first (a dialog that says what is erased and
// that what the session cost stays counted), then deletes with purge
// (SessionManager::deleteSession: the app is stopped as Stop stops it,
// then the session is erased but for its costs). One delete per session
// at a time; a second request while one runs is ignored.
class SessionDeleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDeleter)

public:
    // The dialog is modal over `window`.
    SessionDeleter(SessionManager *manager, QWidget *window);
    ~SessionDeleter() override;

    // Opens the confirmation (open(), not exec()); deletes on Delete.
    void request(const QString &sessionId);
    // The open confirmation, else null.
    QMessageBox *confirmation() const { return m_confirmation; }
    bool isDeleting(const QString &sessionId) const { return m_running.contains(sessionId); }

signals:
    void errorOccurred(const QString &message);
    void deleted(const QString &sessionId);

private:
    void run(const QString &sessionId);

    SessionManager *m_manager;
    QWidget *m_window;
    QPointer<QMessageBox> m_confirmation;
    QHash<QString, QPointer<SessionDelete>> m_running;
};
