// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/templatelibrary.h"

#include <QMainWindow>

class MessageBar;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class SessionActions;
class SessionManager;
class SessionSidebar;
class SessionView;
class WelcomePage;

// The app shell: menus, the session list on the left and, on the right,
// the selected session or (with none selected) the template gallery.
// `manager` must outlive the window; the window never stops sessions by
// itself when it closes (the owner of the manager decides).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SessionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Deploys a starter template in a new session and shows it. Problems
    // appear in the message bar.
    void spawnTemplate(const QString &name);
    void selectSession(const QString &sessionId);
    QString currentSessionId() const;

private:
    void createMenus();
    void showSession(const QString &sessionId);
    void showError(const QString &message, QAction *retry = nullptr);
    void showAbout();

    SessionManager *m_manager;
    TemplateLibrary m_templates;
    SessionActions *m_sessionActions;
    SessionSidebar *m_sidebar;
    MessageBar *m_messages;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    SessionView *m_sessionView;
    QSplitter *m_splitter;
};
