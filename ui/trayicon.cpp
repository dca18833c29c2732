// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "appicons.h"
#include "notifier.h"
#include "traymenu.h"

#include <QSystemTrayIcon>

TrayIcon::TrayIcon(SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_menu(new TrayMenu(manager, this))
    , m_icon(new QSystemTrayIcon(this))
{
    m_icon->setIcon(AppIcons::app());
    m_icon->setToolTip(tr("SpawnAI"));
    m_icon->setContextMenu(m_menu->menu());
    connect(m_menu, &TrayMenu::showWindowRequested, this, &TrayIcon::activated);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::activated);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::show(const Notification &notification)
{
    m_icon->showMessage(notification.title, notification.message,
                        notification.warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}
