// SPDX-License-Identifier: MIT
#include "mainmenus.h"

#include "appicons.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "sessionactions.h"
#include "sessionsidebar.h"
#include "sessiontext.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace {
// The platform's key for a standard action where it has one (Preferences
// has none on Windows and GNOME), else the one most apps use there.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

QAction *addMenuAction(QMenu *menu, const QString &text, const QString &objectName, const QList<QKeySequence> &keys)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    return action;
}
} // namespace

void MainMenus::build(MainWindow *window, const QStringList &templateNames, SessionActions *sessionActions,
                      SessionSidebar *sidebar)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newApp = addMenuAction(file, MainWindow::tr("&New App"), QStringLiteral("newAppAction"),
                                    QKeySequence::keyBindings(QKeySequence::New));
    AppIcons::setLater(newApp, QStringLiteral("document-new"));
    newApp->setStatusTip(MainWindow::tr("Describe a new app or pick a template"));
    QObject::connect(newApp, &QAction::triggered, window, &MainWindow::newApp);
    QMenu *fromTemplate = file->addMenu(MainWindow::tr("New from &Template"));
    fromTemplate->setObjectName(QStringLiteral("newFromTemplateMenu"));
    for (const QString &name : templateNames) {
        QAction *action = fromTemplate->addAction(SessionText::templateTitle(name));
        action->setObjectName(u"newFromTemplate_" + name);
        action->setStatusTip(MainWindow::tr("Deploy the %1 template in a new session").arg(name));
        QObject::connect(action, &QAction::triggered, window, [window, name] { window->spawnTemplate(name); });
    }
    fromTemplate->setEnabled(!templateNames.isEmpty());
    file->addSeparator();
    QAction *quit = addMenuAction(file, MainWindow::tr("&Quit"), QStringLiteral("quitAction"),
                                  standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    AppIcons::setLater(quit, QStringLiteral("application-exit"));
    QObject::connect(quit, &QAction::triggered, window, &QWidget::close);

    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = addMenuAction(edit, MainWindow::tr("&Find Session"), QStringLiteral("findSessionAction"),
                                  QKeySequence::keyBindings(QKeySequence::Find));
    QObject::connect(find, &QAction::triggered, sidebar, &SessionSidebar::focusSearch);
    QAction *prompt = addMenuAction(edit, MainWindow::tr("Go to &Prompt"), QStringLiteral("focusPromptAction"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_L)});
    prompt->setStatusTip(MainWindow::tr("Type a new app's description, or a change to the shown one"));
    QObject::connect(prompt, &QAction::triggered, window, &MainWindow::focusPrompt);
    edit->addSeparator();
    QAction *preferences = addMenuAction(edit, MainWindow::tr("&Settings…"), QStringLiteral("settingsAction"),
                                         standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);
    AppIcons::setLater(preferences, QStringLiteral("preferences-system"));
    preferences->setStatusTip(MainWindow::tr("Keys and connections, defaults for new apps, the budget"));
    QObject::connect(preferences, &QAction::triggered, window, &MainWindow::showSettings);
    QAction *keys = addMenuAction(edit, MainWindow::tr("&API Keys…"), QStringLiteral("apiKeysAction"), {});
    keys->setStatusTip(MainWindow::tr("Add or remove the keys of Claude, an OpenAI-compatible server and E2B"));
    QObject::connect(keys, &QAction::triggered, window, &MainWindow::showApiKeys);

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(sessionActions->reloadPreviewAction());
    QAction *costs = view->addAction(MainWindow::tr("&Costs"));
    costs->setObjectName(QStringLiteral("costsAction"));
    QObject::connect(costs, &QAction::triggered, window, &MainWindow::showCosts);

    QMenu *session = bar->addMenu(MainWindow::tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    session->addAction(sessionActions->stopAction());
    session->addAction(sessionActions->redeployAction());
    session->addAction(sessionActions->tryAgainAction());
    session->addSeparator();
    session->addAction(sessionActions->openInBrowserAction());
    session->addAction(sessionActions->copyUrlAction());
    session->addSeparator();
    session->addAction(sessionActions->deleteAction());

    // Shortcuts of actions that live only in menus must still work when the
    // menu bar is hidden (native menu bars, full screen).
    window->addActions({newApp, quit, find, prompt, preferences, sessionActions->reloadPreviewAction(),
                sessionActions->stopAction()});

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    HelpActions::addTo(help, window);
    help->addSeparator();
    QAction *about = help->addAction(MainWindow::tr("&About SpawnAI"));
    AppIcons::setLater(about, QStringLiteral("help-about"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, &MainWindow::showAbout);

    AppIcons::applyAfterFirstFrame(window);

    // Qt's own button for menus that do not fit the bar.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(MainWindow::tr("More menus"));
}

