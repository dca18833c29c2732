// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appicons.h"
#include "firstframe.h"
#include "firstrunpage.h"
#include "formestimate.h"
#include "costdashboard.h"
#include "mainmenus.h"
#include "messagebar.h"
#include "llm/modelclients.h"
#include "newappform.h"
#include "previewengine.h"
#include "previewpane.h"
#include "privateappnotice.h"
#include "notifier.h"
#include "secrets/memorysecretstore.h"
#include "sessionactions.h"
#include "sessioncontrols.h"
#include "sessionretry.h"
#include "sessiondeleter.h"
#include "sessionsidebar.h"
#include "sessiontext.h"
#include "sessionview.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "trayicon.h"
#include "traymenu.h"
#include "welcomepage.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/modelkey.h"
#include "workflow/sessionlaunch.h"
#include "session/templateprompt.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(SessionManager *manager, SecretStore *secrets, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_secrets(secrets ? secrets : new MemorySecretStore(this))
    , m_clients(manager->modelClients())
    , m_settings(settings ? settings : new AppSettings(this))
    , m_sessionActions(new SessionActions(manager, this))
    , m_sidebar(new SessionSidebar(manager->store(), this))
    , m_messages(new MessageBar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_templates, m_pages))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_notifier(new Notifier(manager, this))
    , m_extendAction(new QAction(tr("Extend"), this))
    , m_setPlanAction(new QAction(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SpawnAI"));
    // The program sets the application's icon (app/main.cpp); a window made
    // without it (tests, embedding) still has SpawnAI's.
    if (QApplication::windowIcon().isNull())
        setWindowIcon(AppIcons::app());
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));

    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_welcome);

    auto *mainArea = new QWidget(m_splitter);
    mainArea->setObjectName(QStringLiteral("mainArea"));
    auto *mainLayout = new QVBoxLayout(mainArea);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_messages);
    mainLayout->addWidget(m_pages, 1);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(mainArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 720});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    MainMenus::build(this, m_templates.availableTemplates(), m_sessionActions, m_sidebar);
    m_addKeyAction = new QAction(tr("Add key"), this);
    m_addKeyAction->setObjectName(QStringLiteral("addKeyAction"));
    connect(m_addKeyAction, &QAction::triggered, this, &MainWindow::showApiKeys);

    connect(m_sidebar, &SessionSidebar::currentSessionChanged, this, &MainWindow::showSession);
    connect(m_welcome, &WelcomePage::templateRequested, this, &MainWindow::spawnTemplate);
    connect(m_welcome->newAppForm(), &NewAppForm::createRequested, this, &MainWindow::createApp);
    connect(m_welcome->newAppForm(), &NewAppForm::priceRequested, this, &MainWindow::editPrice);
    connect(m_welcome->newAppForm(), &NewAppForm::imageRefused, this, [this](const QString &message) { showError(message); });
    connect(m_sessionActions, &SessionActions::errorOccurred, this, &MainWindow::showError);
    // Try again: the failed session's request as a new session, shown once it starts.
    m_retry = new SessionRetry(manager, m_secrets, m_settings, this);
    m_sessionActions->setRetry(m_retry);
    connect(m_sessionActions, &SessionActions::tryAgainRequested, m_retry, &SessionRetry::retry);
    connect(m_retry, &SessionRetry::started, this, [this](const QString &sessionId) {
        m_messages->dismiss();
        selectSession(sessionId);
    });
    connect(m_retry, &SessionRetry::failed, this, [this](const QString &message, bool keyMissing) {
        showError(message, keyMissing ? m_addKeyAction : nullptr);
    });
    // Delete: the list's context menu and Delete key, the Session menu and the session's own button.
    auto *deleter = new SessionDeleter(manager, this);
    connect(m_sessionActions, &SessionActions::deleteRequested, deleter, &SessionDeleter::request);
    connect(m_sidebar, &SessionSidebar::deleteRequested, deleter, &SessionDeleter::request);
    connect(deleter, &SessionDeleter::errorOccurred, this, [this](const QString &message) { showError(message); });
    m_sidebar->setContextActions({m_sessionActions->stopAction(), m_sessionActions->redeployAction(),
                                  m_sessionActions->tryAgainAction(), nullptr,
                                  m_sessionActions->openInBrowserAction(), m_sessionActions->copyUrlAction(), nullptr,
                                  m_sessionActions->deleteAction()});
    connect(m_sessionActions, &SessionActions::privateAppOpenRequested, this,
            [this](const QUrl &url, const PrivateAppNotice::Headers &headers) {
                auto *notice = new PrivateAppNotice(url, headers, true, this);
                connect(notice, &PrivateAppNotice::previewRequested, this, [this] {
                    if (m_sessionView)
                        m_sessionView->showPreview();
                });
                notice->open();
            });
    connect(m_sessionActions, &SessionActions::previewReloadRequested, this, [this] {
        if (m_sessionView)
            m_sessionView->reloadPreview();
    });

    m_extendAction->setObjectName(QStringLiteral("extendExpiringAction"));
    connect(m_extendAction, &QAction::triggered, this, [this] {
        if (m_expiringSessionId.isEmpty())
            return;
        if (const SpawnError error = m_manager->extend(m_expiringSessionId); error.isError())
            showError(error.message);
        else
            m_messages->dismiss();
    });
    m_setPlanAction->setObjectName(QStringLiteral("setPlanAction"));
    connect(m_setPlanAction, &QAction::triggered, this, [this] { setPlan(Plan(m_setPlanAction->data().toInt())); });
    connect(m_notifier, &Notifier::notified, this, &MainWindow::notify);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(manager, this);
        m_tray->menu()->setExtender([manager](const QString &id) { return manager->extend(id); });
        connect(m_tray, &TrayIcon::activated, this, &MainWindow::bringToFront);
        connect(m_tray->menu(), &TrayMenu::quitRequested, this, &QWidget::close);
        connect(m_tray->menu(), &TrayMenu::errorOccurred, this, [this](const QString &message) {
            bringToFront();
            showError(message);
        });
    }

    m_welcome->newAppForm()->applySettings(*m_settings);
    m_formEstimate = new FormEstimate(manager, m_welcome->newAppForm(), m_secrets, m_clients, this);
    connect(m_settings, &AppSettings::changed, this, [this](SettingKey key) {
        // A price just set, or the budget's rules: the estimate says so at once.
        if (key == SettingKey::PriceOverrides || key == SettingKey::AllowUnpricedModels)
            QTimer::singleShot(0, m_formEstimate, &FormEstimate::update);
        // The templates run where the form says, so the sandbox kind follows too.
        static const QList<SettingKey> formKeys{SettingKey::DefaultProvider, SettingKey::DefaultModel,
                                                SettingKey::MaxTokens,       SettingKey::DefaultAppType,
                                                SettingKey::InternetAccess,  SettingKey::OpenAiBaseUrl,
                                                SettingKey::DefaultSandbox};
        if (formKeys.contains(key))
            m_welcome->newAppForm()->applySettings(*m_settings);
    });

    showSession({});
    if (secrets)
        FirstFrame::after(this, this, [this] { checkFirstRun(); });
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::newApp()
{
    selectSession({});
    focusPrompt();
}

void MainWindow::focusPrompt()
{
    if (m_pages->currentWidget() == m_welcome)
        m_welcome->newAppForm()->focusPrompt();
    else if (m_sessionView && m_pages->currentWidget() == m_sessionView && !m_sessionView->focusFollowUp())
        newApp();
}

void MainWindow::spawnTemplate(const QString &name)
{
    m_messages->dismiss();
    SpawnError error;
    const std::optional<AppBundle> bundle = m_templates.load(name, &error);
    if (!bundle) {
        showError(error.message);
        return;
    }
    if (!checkSandboxAvailable())
        return;
    SpawnRequest request;
    request.bundle = *bundle;
    request.sandboxKind = m_welcome->newAppForm()->sandboxKind();
    request.prompt = TemplatePrompt::of(name);
    request.templateName = name;
    request.sourceSummary = u"template " + name;
    const QString sessionId = m_manager->spawn(request, &error);
    if (error.isError() || sessionId.isEmpty()) {
        showError(error.isError() ? error.message : tr("The %1 template could not be started.").arg(name));
        return;
    }
    m_firstRunActive = false;
    selectSession(sessionId);
    PreviewEngine::warmUp();
}

void MainWindow::createApp()
{
    NewAppForm *form = m_welcome->newAppForm();
    if (form->prompt().isEmpty() || form->model().isEmpty() || m_launch)
        return;
    m_messages->dismiss();
    if (!checkSandboxAvailable())
        return;
    // The one core path (SessionLaunch): the key, the model client, the
    // budget, the count (unless the form already did) and the spawn, so the
    // estimate the session stores is the one the user saw.
    form->setBusy(true);
    const LaunchRequest request = m_formEstimate->launchRequest();
    m_launch = new SessionLaunch(m_manager, m_secrets, request, this);
    connect(m_launch, &AsyncOperation::finished, this, [this, launch = m_launch.data(), request] {
        launch->deleteLater();
        NewAppForm *form = m_welcome->newAppForm();
        form->setBusy(false);
        if (!launch->succeeded()) {
            showError(launch->error().isError() ? launch->error().message : tr("The app could not be started."),
                      launch->keyMissing() ? m_addKeyAction : nullptr);
            return;
        }
        m_retry->remember(launch->sessionId(), request);
        m_settings->rememberModel(request.provider, request.model);
        form->rememberModel(request.provider, request.model);
        form->clearPrompt();
        selectSession(launch->sessionId());
        PreviewEngine::warmUp();
    });
    m_launch->start();
}

void MainWindow::showCosts()
{
    if (!m_costs) {
        m_costs = new CostDashboard(m_manager, this);
        m_costs->setWindowFlag(Qt::Window);
        m_costs->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_costs, &CostDashboard::priceRequested, this, &MainWindow::editPrice);
        connect(m_costs, &CostDashboard::sessionOpened, this, [this](const QString &id) {
            selectSession(id);
            activateWindow();
        });
    }
    m_costs->show();
    m_costs->raise();
    m_costs->activateWindow();
}

void MainWindow::editPrice(const QString &model)
{
    openSettings(int(SettingsDialog::Page::Budget));
    m_settingsDialog->showPrice(model);
}

void MainWindow::showApiKeys()
{
    openSettings(int(SettingsDialog::Page::Keys));
}

void MainWindow::showSettings()
{
    openSettings(-1);
}

void MainWindow::openSettings(int page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_secrets, m_settings, m_clients, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setApiHost(m_apiHost);
        // A message about a missing key is answered once a key is saved.
        connect(m_settingsDialog, &SettingsDialog::keyChanged, m_messages, &MessageBar::dismiss);
        connect(m_settingsDialog, &SettingsDialog::keyChanged, this, &MainWindow::endFirstRun);
    } else {
        m_settingsDialog->reload();
    }
    if (page >= 0)
        m_settingsDialog->showPage(SettingsDialog::Page(page));
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::checkFirstRun()
{
    // Someone who has sessions, a key in the environment or a local server
    // chosen is past the first run.
    SessionQuery anySession;
    anySession.limit = 1;
    const QString claude = QStringLiteral("anthropic");
    if (!m_manager->store()->sessions(anySession).isEmpty() || !ModelKey::fromEnvironment(claude).isEmpty()
        || m_settings->defaultProvider() == u"openai")
        return;
    // The key the way a launch would find it (ModelKey), without blocking the window.
    auto *key = new ModelKey(m_secrets, claude, this);
    connect(key, &AsyncOperation::finished, this, [this, key] {
        key->deleteLater();
        if (!key->key().isEmpty())
            return;
        m_firstRunActive = true;
        if (currentSessionId().isEmpty())
            m_pages->setCurrentWidget(firstRunPage());
    });
    key->start();
}

void MainWindow::endFirstRun()
{
    if (!m_firstRunActive)
        return;
    m_firstRunActive = false;
    if (m_firstRun && m_pages->currentWidget() == m_firstRun)
        m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::selectSession(const QString &sessionId)
{
    m_sidebar->selectSession(sessionId);
}

QString MainWindow::currentSessionId() const
{
    return m_sidebar->currentSessionId();
}

void MainWindow::showSession(const QString &sessionId)
{
    // A message is about what was shown; it does not follow to another session.
    m_messages->dismiss();
    m_sessionActions->setSessionId(sessionId);
    if (sessionId.isEmpty()) {
        if (m_sessionView)
            m_sessionView->setSessionId({});
        m_pages->setCurrentWidget(m_firstRunActive ? static_cast<QWidget *>(firstRunPage()) : m_welcome);
        return;
    }
    sessionView()->setSessionId(sessionId);
    m_pages->setCurrentWidget(m_sessionView);
}

// The session page and the first-run page are made when first shown: a
// window that starts on the new-app page does not pay for them.
SessionView *MainWindow::sessionView()
{
    if (m_sessionView)
        return m_sessionView;
    m_sessionView = new SessionView(m_manager, m_sessionActions, m_pages);
    m_pages->addWidget(m_sessionView);
    connect(m_sessionView, &SessionView::errorOccurred, this, [this](const QString &message) { showError(message); });
    connect(m_sessionView, &SessionView::editKeyRequested, this, &MainWindow::showApiKeys);
    connect(m_sessionView, &SessionView::priceRequested, this, &MainWindow::editPrice);
    connect(m_sessionView->controls(), &SessionControls::exportNotice, m_messages, &MessageBar::showInfo);
    connect(m_sessionView, &SessionView::planRequested, this, &MainWindow::setPlan);
    connect(m_sessionView, &SessionView::planMismatch, this, [this](const QString &message, Plan plan) {
        m_setPlanAction->setText(tr("Set the plan to %1").arg(planDisplayName(plan)));
        m_setPlanAction->setData(int(plan));
        showError(message, m_setPlanAction);
    });
    // The plan and the sandbox limits are on the defaults page.
    connect(m_sessionView, &SessionView::raiseLimitRequested, this,
            [this] { openSettings(int(SettingsDialog::Page::Defaults)); });
    connect(m_sessionView->preview(), &PreviewPane::pageLoaded, this, &MainWindow::previewPageLoaded);
    m_sessionView->setFixPreviewErrorsAutomatically(m_settings->value(SettingKey::FixPreviewErrors).toBool());
    connect(m_settings, &AppSettings::changed, m_sessionView, [this](SettingKey key) {
        if (key == SettingKey::FixPreviewErrors)
            m_sessionView->setFixPreviewErrorsAutomatically(m_settings->value(SettingKey::FixPreviewErrors).toBool());
    });
    return m_sessionView;
}

FirstRunPage *MainWindow::firstRunPage()
{
    if (m_firstRun)
        return m_firstRun;
    m_firstRun = new FirstRunPage(m_templates, m_settings, m_clients, m_pages);
    m_pages->addWidget(m_firstRun);
    connect(m_firstRun, &FirstRunPage::templateRequested, this, &MainWindow::spawnTemplate);
    connect(m_firstRun, &FirstRunPage::claudeKeyRequested, this, &MainWindow::showApiKeys);
    connect(m_firstRun, &FirstRunPage::ollamaReady, this, &MainWindow::endFirstRun);
    connect(m_firstRun, &FirstRunPage::skipRequested, this, &MainWindow::endFirstRun);
    return m_firstRun;
}

void MainWindow::showError(const QString &message, QAction *retry)
{
    m_messages->showError(message, retry);
}

void MainWindow::setPlan(Plan plan)
{
    m_settings->setPlan(plan);
    // The app applies the setting at once (AppContext); a flag or E2B_PLAN
    // would still win over it.
    if (m_manager->plan() != plan) {
        showError(tr("The plan in Settings is now %1, but E2B_PLAN or --plan sets %2 and wins over it: change it "
                     "there.")
                      .arg(planDisplayName(plan), planDisplayName(m_manager->plan())));
        return;
    }
    m_messages->showInfo(tr("The plan is now %1. Redeploy the app to run it again.").arg(planDisplayName(plan)));
}

void MainWindow::notify(const Notification &notification)
{
    const bool expiring = notification.kind == Notification::Kind::ExpiresSoon;
    if (m_tray)
        m_tray->show(notification);
    if (m_tray && !expiring)
        return;
    // In the window: the shown session's own page already says it is ready
    // or why it failed.
    const bool aboutShown = notification.kind == Notification::Kind::AppReady
                         || notification.kind == Notification::Kind::AppFailed;
    if (aboutShown && notification.sessionId == currentSessionId())
        return;
    QAction *fix = nullptr;
    if (expiring && notification.canExtend) {
        m_expiringSessionId = notification.sessionId;
        fix = m_extendAction;
    }
    if (notification.warning)
        showError(notification.message, fix);
    else
        m_messages->showInfo(notification.message, fix);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About SpawnAI"),
                                tr("<b>SpawnAI %1</b><p>Describe an app, watch it run.</p>")
                                    .arg(QApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::checkSandboxAvailable()
{
    const SandboxKind kind = m_welcome->newAppForm()->sandboxKind();
    if (m_manager->provider(kind))
        return true;
    if (kind == SandboxKind::E2b)
        showError(tr("E2B cloud sandboxes need an E2B API key. Add one in Settings, or run the app locally."),
                  m_addKeyAction);
    else
        showError(tr("This sandbox is not available here."));
    return false;
}

