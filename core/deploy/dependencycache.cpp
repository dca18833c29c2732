// SPDX-License-Identifier: MIT
#include "dependencycache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.cache")
} // namespace

QString DependencyCache::npmKey(const QStringList &specs, const QJsonObject &dependencyMaps,
                                const QByteArray &lockFile)
{
    QStringList sorted = specs;
    sorted.sort();
    sorted.removeDuplicates();
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject input{
        {QLatin1String("format"), FormatVersion},
        {QLatin1String("npm"), QJsonArray::fromStringList(sorted)},
        {QLatin1String("packageJson"), dependencyMaps},
        {QLatin1String("lock"), lockFile.isEmpty()
                                    ? QString()
                                    : QString::fromLatin1(QCryptographicHash::hash(lockFile, QCryptographicHash::Sha256).toHex())},
    };
    const QByteArray canonical = QJsonDocument(input).toJson(QJsonDocument::Compact);
    const QString key = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    qCDebug(lc) << "npm cache key" << key << "for" << canonical;
    return key;
}
