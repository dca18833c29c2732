// SPDX-License-Identifier: MIT
#include "uiplugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcPlugins, "spawnai.ui.plugins")

namespace UiPlugins {

namespace {
struct Loaded
{
    QObject *root = nullptr;
    QString error;
};
} // namespace

QStringList searchDirectories()
{
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("SPAWNAI_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        directories << fromEnvironment;
    directories << QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral(SPAWNAI_INSTALLED_PLUGIN_DIR));
    directories << QStringLiteral(SPAWNAI_BUILD_PLUGIN_DIR);
    return directories;
}

QObject *load(const QString &baseName, QString *error)
{
    // Plugins are never unloaded: their objects live as long as the program.
    static QHash<QString, Loaded> loaded;
    auto known = loaded.constFind(baseName);
    if (known == loaded.cend()) {
        Loaded result;
        QString path;
        for (const QString &directory : searchDirectories()) {
            const QString candidate = QDir(directory).filePath(baseName + QStringLiteral(".so"));
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                break;
            }
        }
        if (path.isEmpty()) {
            result.error = QCoreApplication::translate("UiPlugins", "%1 is not installed (looked in %2)")
                               .arg(baseName, searchDirectories().join(QStringLiteral(", ")));
        } else {
            QPluginLoader loader(path);
            result.root = loader.instance();
            if (!result.root)
                result.error = loader.errorString();
        }
        if (result.root)
            qCInfo(lcPlugins) << "loaded" << path;
        else
            qCWarning(lcPlugins).noquote() << result.error;
        known = loaded.insert(baseName, result);
    }
    if (error)
        *error = known->error;
    return known->root;
}

} // namespace UiPlugins
