// SPDX-License-Identifier: MIT
#include "apiinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <unistd.h>

QString ApiInfo::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api.json"));
}

SpawnError ApiInfo::write(const QString &dataDir) const
{
    const QJsonObject object{{QStringLiteral("url"), url.toString()},
                             {QStringLiteral("pid"), pid},
                             {QStringLiteral("tokenFile"), tokenFile},
                             {QStringLiteral("version"), version}};
    QSaveFile file(filePath(dataDir));
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return SpawnError::system(QCoreApplication::translate("ApiInfo", "Cannot write %1: %2")
                                      .arg(file.fileName(), file.errorString()));
    }
    file.write(QJsonDocument(object).toJson());
    if (!file.commit()) {
        return SpawnError::system(QCoreApplication::translate("ApiInfo", "Cannot write %1: %2")
                                      .arg(file.fileName(), file.errorString()));
    }
    return {};
}

std::optional<ApiInfo> ApiInfo::read(const QString &dataDir)
{
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    ApiInfo info;
    info.url = QUrl(object.value(u"url").toString());
    info.pid = object.value(u"pid").toInteger();
    info.tokenFile = object.value(u"tokenFile").toString();
    info.version = object.value(u"version").toString();
    if (!info.url.isValid() || info.url.scheme() != u"http")
        return std::nullopt;
    return info;
}

void ApiInfo::removeOwn(const QString &dataDir)
{
    if (const std::optional<ApiInfo> info = read(dataDir); info && info->pid == qint64(::getpid()))
        QFile::remove(filePath(dataDir));
}
