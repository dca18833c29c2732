// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/templatelibrary.h"

#include <QMainWindow>
#include <QPointer>

class ApiKeysDialog;
class CostDashboard;
class MessageBar;
class ModelClients;
class NewAppForm;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class SessionActions;
class SecretStore;
class SessionManager;
class SessionSidebar;
class SessionView;
class WelcomePage;

// The app shell: menus, the session list on the left and, on the right,
// the selected session or (with none selected) the template gallery.
// `manager` must outlive the window; the window never stops sessions by
// itself when it closes (the owner of the manager decides). API keys are
// read from and written to `secrets` (the keychain in the app); without one
// the window keeps keys in memory for this run only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SessionManager *manager, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Deploys a starter template in a new session and shows it. Problems
    // appear in the message bar.
    void spawnTemplate(const QString &name);
    void selectSession(const QString &sessionId);
    QString currentSessionId() const;
    // Asks the model for the app described in the new-app form: reads the
    // key (keychain, else environment), then starts the session and shows it.
    void createApp();
    // Settings ▸ API keys (non-modal; one at a time).
    void showApiKeys();
    // View ▸ Costs: the spend dashboard in a window of its own (one at a time).
    void showCosts();
    ModelClients *modelClients() const { return m_clients; }

private:
    void createMenus();
    void showSession(const QString &sessionId);
    void showError(const QString &message, QAction *retry = nullptr);
    void showAbout();
    void spawnGenerated(const QString &key);

    SessionManager *m_manager;
    SecretStore *m_secrets;
    ModelClients *m_clients;
    QPointer<ApiKeysDialog> m_keysDialog;
    QPointer<CostDashboard> m_costs;
    QAction *m_addKeyAction = nullptr;
    TemplateLibrary m_templates;
    SessionActions *m_sessionActions;
    SessionSidebar *m_sidebar;
    MessageBar *m_messages;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    SessionView *m_sessionView;
    QSplitter *m_splitter;
};
