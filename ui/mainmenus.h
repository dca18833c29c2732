// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class MainWindow;
class SessionActions;
class SessionSidebar;

// The main window's menu bar, File/Edit/View/Session/Help, with the
// platform's standard keys where Qt knows them. Its strings keep the
// MainWindow context they were translated in.
namespace MainMenus {

void build(MainWindow *window, const QStringList &templateNames, SessionActions *sessionActions,
           SessionSidebar *sidebar);

} // namespace MainMenus
