// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/templatelibrary.h"
#include "session/plan.h"

#include <QMainWindow>
#include <QPointer>

class ApiHost;
class AppSettings;
class FirstRunPage;
class CostDashboard;
class MessageBar;
class ModelClients;
class Notifier;
struct Notification;
class NewAppForm;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class SessionActions;
class SessionRetry;
class SecretStore;
class SessionManager;
class SessionSidebar;
class SessionView;
class SettingsDialog;
class SessionLaunch;
class FormEstimate;
class TrayIcon;
class WelcomePage;

// The app shell: menus, the session list on the left and, on the right,
// the selected session or (with none selected) the template gallery.
// `manager` must outlive the window; the window never stops sessions by
// itself when it closes (the owner of the manager decides). API keys are
// read from and written to `secrets` (the keychain in the app); without one
// the window keeps keys in memory for this run only, and skips the first-run
// page. `settings` gives the new-app form its defaults; without it the
// window reads the settings file of Paths.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SessionManager *manager, SecretStore *secrets = nullptr, AppSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Deploys a starter template in a new session and shows it. Problems
    // appear in the message bar.
    void spawnTemplate(const QString &name);
    void selectSession(const QString &sessionId);
    QString currentSessionId() const;
    // File ▸ New App: the new-app page, with the cursor in the prompt.
    void newApp();
    // Edit ▸ Go to Prompt: the new-app prompt, or the shown session's
    // follow-up line (the new-app page when the session takes none).
    void focusPrompt();
    // Asks the model for the app described in the new-app form: reads the
    // key (keychain, else environment), then starts the session and shows it.
    void createApp();
    // Settings… (non-modal; one at a time), on its keys page.
    void showApiKeys();
    void showSettings();
    // View ▸ Costs: the spend dashboard in a window of its own (one at a time).
    void showCosts();
    // Settings > Budget > Prices, editing `model`'s price ("Set price…").
    void editPrice(const QString &model);
    ModelClients *modelClients() const { return m_clients; }
    // The first-run page shows instead of the new-app page.
    bool isFirstRun() const { return m_firstRunActive; }
    // Decides the desktop notifications; the tray icon shows them, or the
    // message bar where there is no tray.
    Notifier *notifier() const { return m_notifier; }
    // Null where the platform has no system tray.
    TrayIcon *trayIcon() const { return m_tray; }
    // Help ▸ About SpawnAI.
    void showAbout();
    // A problem in the message bar, with an action that may fix it.
    void showError(const QString &message, QAction *retry = nullptr);
    // The local API this window hosts (Settings > Automation shows it).
    void setApiHost(ApiHost *host) { m_apiHost = host; }
    // The E2B account allows less than the plan chosen: the plan becomes
    // `plan` in Settings, and the message bar says whether it applies (a
    // flag or E2B_PLAN wins over Settings).
    void setPlan(Plan plan);

signals:
    // The preview finished loading the shown app's page, or failed to.
    void previewPageLoaded(bool ok);

private:
    // False (and says why) when the form's sandbox kind cannot run here.
    bool checkSandboxAvailable();
    SessionView *sessionView();
    FirstRunPage *firstRunPage();
    void showSession(const QString &sessionId);
    void openSettings(int page);
    void checkFirstRun();
    void endFirstRun();
    void notify(const Notification &notification);
    void bringToFront();

    SessionManager *m_manager;
    SecretStore *m_secrets;
    FormEstimate *m_formEstimate = nullptr;
    QPointer<SessionLaunch> m_launch;
    ModelClients *m_clients;
    AppSettings *m_settings;
    QPointer<SettingsDialog> m_settingsDialog;
    ApiHost *m_apiHost = nullptr;
    QPointer<CostDashboard> m_costs;
    QAction *m_addKeyAction = nullptr;
    TemplateLibrary m_templates;
    SessionActions *m_sessionActions;
    SessionRetry *m_retry = nullptr;
    SessionSidebar *m_sidebar;
    MessageBar *m_messages;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    FirstRunPage *m_firstRun = nullptr;
    bool m_firstRunActive = false;
    SessionView *m_sessionView = nullptr;
    QSplitter *m_splitter;
    Notifier *m_notifier;
    TrayIcon *m_tray = nullptr;
    // The message bar's Extend, for the session that expires soon.
    QAction *m_extendAction;
    // The message bar's "Set the plan to Hobby" after a failed extension.
    QAction *m_setPlanAction;
    QString m_expiringSessionId;
};
