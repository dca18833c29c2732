// SPDX-License-Identifier: MIT
#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace {
QString &dataDirOverride()
{
    static QString dir;
    return dir;
}
} // namespace

void Paths::setDataDirOverride(const QString &dir)
{
    dataDirOverride() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString Paths::dataDir()
{
    if (!dataDirOverride().isEmpty())
        return ensured(dataDirOverride());
    const QString fromEnv = qEnvironmentVariable("SPAWNAI_DATA_DIR");
    if (!fromEnv.isEmpty())
        return ensured(QDir(fromEnv).absolutePath());
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Paths::databaseFile()
{
    return dataDir() + u"/spawnai.sqlite";
}

QString Paths::sandboxesDir()
{
    return ensured(dataDir() + u"/sandboxes");
}

QString Paths::logsDir()
{
    return ensured(dataDir() + u"/logs");
}

QString Paths::imagesDir()
{
    return dataDir() + u"/images";
}

QString Paths::cacheDir()
{
    if (!dataDirOverride().isEmpty() || qEnvironmentVariableIsSet("SPAWNAI_DATA_DIR"))
        return ensured(dataDir() + u"/cache");
    return ensured(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

QString Paths::settingsFile()
{
    if (!dataDirOverride().isEmpty() || qEnvironmentVariableIsSet("SPAWNAI_DATA_DIR"))
        return dataDir() + u"/settings.ini";
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)) + u"/settings.ini";
}

QString Paths::ensured(const QString &dir)
{
    QDir().mkpath(dir);
    return dir;
}
