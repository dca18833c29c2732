// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

struct Notification;
class QSystemTrayIcon;
class SessionManager;
class TrayMenu;

// SpawnAI's icon in the system tray: its menu is a TrayMenu, and
// notifications appear as the tray's desktop messages. Only made where
// QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // `manager` must outlive the icon.
    explicit TrayIcon(SessionManager *manager, QObject *parent = nullptr);
    ~TrayIcon() override;

    TrayMenu *menu() const { return m_menu; }
    void show(const Notification &notification);

signals:
    // The icon or a message was clicked: the window should come up.
    void activated();

private:
    TrayMenu *m_menu;
    QSystemTrayIcon *m_icon;
};
