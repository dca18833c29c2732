// SPDX-License-Identifier: MIT
#include "packagejson.h"

#include "packagespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.packagejson")

constexpr QLatin1String RegistryPrefix("https://registry.npmjs.org/");

bool refuse(const QString &message, SpawnError *error)
{
    qCDebug(lc) << "refused:" << message;
    if (error)
        *error = SpawnError::user(message);
    return false;
}

// "overrides" may nest objects and refer to a direct dependency as "$name".
bool checkOverrides(const QJsonObject &object, const QString &where, SpawnError *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = where + u'.' + it.key();
        if (it.value().isObject()) {
            if (!checkOverrides(it.value().toObject(), field, error))
                return false;
            continue;
        }
        const QString value = it.value().toString();
        const bool reference = value.startsWith(u'$') && PackageSpec::isNpmName(value.mid(1));
        if (!it.value().isString() || (!reference && !PackageSpec::isNpmRange(value))) {
            return refuse(PackageJson::tr("package.json: \"%1\" must be a version range, not \"%2\"")
                              .arg(field, value.left(PackageSpec::MaxSpecLength)),
                          error);
        }
    }
    return true;
}

bool checkLockNode(const QJsonValue &node, const QString &fileName, SpawnError *error)
{
    if (node.isArray()) {
        for (const QJsonValue &item : node.toArray()) {
            if (!checkLockNode(item, fileName, error))
                return false;
        }
        return true;
    }
    if (!node.isObject())
        return true;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = it.value().toString();
        if (it.key() == u"resolved" && it.value().isString() && !text.startsWith(RegistryPrefix)) {
            return refuse(PackageJson::tr("%1: \"resolved\" must point at %2, not \"%3\"")
                              .arg(fileName, RegistryPrefix, text.left(200)),
                          error);
        }
        // Lock files of format 1 keep git and URL sources in "version".
        if (it.key() == u"version" && it.value().isString() && text.contains(u':')) {
            return refuse(PackageJson::tr("%1: version \"%2\" is not from the registry")
                              .arg(fileName, text.left(200)),
                          error);
        }
        if (!checkLockNode(it.value(), fileName, error))
            return false;
    }
    return true;
}
} // namespace

QStringList PackageJson::dependencyFields()
{
    return {QStringLiteral("dependencies"), QStringLiteral("devDependencies"),
            QStringLiteral("optionalDependencies"), QStringLiteral("peerDependencies")};
}

std::optional<PackageJson> PackageJson::parse(const QByteArray &json, SpawnError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(tr("package.json is not a JSON object: %1").arg(parseError.errorString()), error);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    PackageJson result;
    for (const QString &field : dependencyFields()) {
        if (!root.contains(field))
            continue;
        if (!root.value(field).isObject()) {
            refuse(tr("package.json: \"%1\" must be an object").arg(field), error);
            return std::nullopt;
        }
        const QJsonObject map = root.value(field).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!PackageSpec::isNpmName(it.key())) {
                refuse(tr("package.json: \"%1\" lists \"%2\", which is not a valid package name")
                           .arg(field, it.key().left(PackageSpec::MaxSpecLength)),
                       error);
                return std::nullopt;
            }
            if (!it.value().isString() || !PackageSpec::isNpmRange(it.value().toString())) {
                refuse(tr("package.json: \"%1\" of \"%2\" must be a version range such as "
                          "^4.19.2, not a URL, git, file or alias reference (got \"%3\")")
                           .arg(it.key(), field,
                                it.value().toString().left(PackageSpec::MaxSpecLength)),
                       error);
                return std::nullopt;
            }
        }
        result.m_dependencyMaps.insert(field, map);
    }
    if (root.contains(QLatin1String("overrides"))) {
        if (!root.value(QLatin1String("overrides")).isObject()) {
            refuse(tr("package.json: \"overrides\" must be an object"), error);
            return std::nullopt;
        }
        if (!checkOverrides(root.value(QLatin1String("overrides")).toObject(),
                            QStringLiteral("overrides"), error))
            return std::nullopt;
    }
    return result;
}

bool PackageJson::validateLockFile(const QString &fileName, const QByteArray &json, SpawnError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(tr("%1 is not a JSON object: %2").arg(fileName, parseError.errorString()), error);
    return checkLockNode(document.object(), fileName, error);
}

bool PackageJson::hasDependencies() const
{
    for (auto it = m_dependencyMaps.begin(); it != m_dependencyMaps.end(); ++it) {
        if (!it.value().toObject().isEmpty())
            return true;
    }
    return false;
}
