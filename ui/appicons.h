// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

class QAction;
class QWidget;

// SpawnAI's icons: its own (window, tray, About) and the menus' standard
// ones, from the desktop's icon theme where it has them, else built in.
namespace AppIcons {

// The installed theme's io.spawnai.SpawnAI (packaging/), else the
// built-in copy of the same SVG.
QIcon app();
// `themeName` from the freedesktop icon naming spec ("process-stop"), or
// the bundled :/icons/actions/<themeName>.svg.
QIcon action(const QString &themeName);
// Gives `action` the icon action(themeName) once applyAfterFirstFrame()'s
// window has painted: a fallback icon is an SVG parsed when it is made, and
// the menus are not on the first frame.
void setLater(QAction *action, const QString &themeName);
void applyAfterFirstFrame(QWidget *window);

} // namespace AppIcons
