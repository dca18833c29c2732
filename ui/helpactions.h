// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

class QMenu;
class MainWindow;

// Help ▸ Documentation, Keyboard Shortcuts and Report a Problem. They open
// what they show with QDesktopServices::openUrl, so a test can catch the
// address with QDesktopServices::setUrlHandler.
namespace HelpActions {

// The README installed with the app (share/doc/spawnai, packaging/), else
// the project's page.
QUrl documentationUrl();
// The folder with the sessions' logs, to attach to a report.
QUrl logFolderUrl();
// Adds the three actions to `help`.
void addTo(QMenu *help, MainWindow *window);

} // namespace HelpActions
