// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class SessionManager;
class SessionRunner;

// The tray's menu, built from the manager: one submenu per sandbox running
// here (its title, kind and time left) with Stop and Extend, then Show
// window and Quit. Kept apart from the tray icon so it can be built and
// driven where there is no tray (offscreen tests).
class TrayMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayMenu)

public:
    // Gives a running sandbox more time; an error says why it cannot.
    using Extender = std::function<SpawnError(const QString &sessionId)>;

    // `manager` must outlive the menu.
    explicit TrayMenu(SessionManager *manager, QObject *parent = nullptr);
    ~TrayMenu() override;

    QMenu *menu() const { return m_menu.get(); }
    // Without an extender, Extend is shown disabled.
    void setExtender(Extender extender);
    bool canExtend() const { return bool(m_extender); }
    SpawnError extend(const QString &sessionId);
    // Builds the menu again; happens by itself as sessions start and end and
    // before the menu shows (so the time left is fresh).
    void rebuild();
    // "12 min left", "1 h 5 min left"; empty without an expiry.
    static QString timeLeft(const QDateTime &expiresAt, const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void showWindowRequested();
    void quitRequested();
    void errorOccurred(const QString &message);

private:
    void addSession(SessionRunner *runner);
    void scheduleRebuild();

    SessionManager *m_manager;
    std::unique_ptr<QMenu> m_menu;
    Extender m_extender;
    bool m_rebuildPending = false;
};
