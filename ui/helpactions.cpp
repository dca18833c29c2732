// SPDX-License-Identifier: MIT
#include "helpactions.h"

#include "appicons.h"
#include "common/paths.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace {
const QString ProjectPage = QStringLiteral("https://github.com/spawnai/spawnai-desktop#readme");

void open(const QUrl &url, MainWindow *window)
{
    if (!QDesktopServices::openUrl(url))
        window->showError(MainWindow::tr("Nothing on this computer opens %1.").arg(url.toDisplayString()));
}
} // namespace

QUrl HelpActions::documentationUrl()
{
    // bin/spawnai next to share/doc/spawnai, wherever the prefix is.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/doc/spawnai/README.md"));
    if (QFileInfo::exists(installed))
        return QUrl::fromLocalFile(QDir::cleanPath(installed));
    return QUrl(ProjectPage);
}

QUrl HelpActions::logFolderUrl()
{
    return QUrl::fromLocalFile(Paths::logsDir());
}

void HelpActions::addTo(QMenu *help, MainWindow *window)
{
    QAction *docs = help->addAction(MainWindow::tr("&Documentation"));
    AppIcons::setLater(docs, QStringLiteral("help-contents"));
    docs->setObjectName(QStringLiteral("documentationAction"));
    docs->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents));
    docs->setStatusTip(MainWindow::tr("Read how SpawnAI works"));
    QObject::connect(docs, &QAction::triggered, window, [window] { open(documentationUrl(), window); });

    QAction *keys = help->addAction(MainWindow::tr("&Keyboard Shortcuts"));
    AppIcons::setLater(keys, QStringLiteral("input-keyboard"));
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setStatusTip(MainWindow::tr("List the keys of the window's commands"));
    QObject::connect(keys, &QAction::triggered, window, [window] { ShortcutsDialog::showFor(window); });

    QAction *report = help->addAction(MainWindow::tr("&Report a Problem…"));
    AppIcons::setLater(report, QStringLiteral("tools-report-bug"));
    report->setObjectName(QStringLiteral("reportProblemAction"));
    report->setStatusTip(MainWindow::tr("Open the folder with the logs, to attach them to a report"));
    QObject::connect(report, &QAction::triggered, window, [window] { open(logFolderUrl(), window); });
    window->addAction(docs);
}
