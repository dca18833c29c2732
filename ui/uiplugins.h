// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QObject;

// The parts of the window that are expensive to load (Qt WebEngine for the
// preview, Qt Charts for the dashboard) are plugins, loaded the first time
// they are needed so that start-up does not pay for them.
namespace UiPlugins {

// The plugin's root object, loaded once and kept; null, with `error` set
// to a reason for the user, when it cannot be loaded.
QObject *load(const QString &baseName, QString *error);

// Where plugins are looked for, first match wins: $SPAWNAI_PLUGIN_DIR,
// the installed location next to the program, then the build tree.
QStringList searchDirectories();

template<typename Interface>
Interface *instance(const QString &baseName, QString *error)
{
    QObject *root = load(baseName, error);
    auto *interface = qobject_cast<Interface *>(root);
    if (root && !interface && error)
        *error = QCoreApplication::translate("UiPlugins", "%1 is not the plugin this version expects").arg(baseName);
    return interface;
}

} // namespace UiPlugins
