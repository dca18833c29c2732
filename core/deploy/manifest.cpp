// SPDX-License-Identifier: MIT
#include "manifest.h"

#include "packagespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.manifest")

bool refuse(const QString &message, SpawnError *error)
{
    qCDebug(lc) << "refused manifest:" << message;
    if (error)
        *error = SpawnError::user(Manifest::tr("spawnai.json: %1").arg(message));
    return false;
}

bool isOneLine(const QString &command)
{
    for (QChar c : command) {
        if (c.category() == QChar::Other_Control && c != u'\t')
            return false;
    }
    return true;
}

bool checkCommand(const QString &field, const QString &command, SpawnError *error)
{
    if (command.trimmed().isEmpty())
        return refuse(Manifest::tr("\"%1\" must not be empty; leave it out instead").arg(field), error);
    if (command.size() > Manifest::MaxCommandLength)
        return refuse(Manifest::tr("\"%1\" is longer than %2 characters").arg(field).arg(Manifest::MaxCommandLength), error);
    if (!isOneLine(command))
        return refuse(Manifest::tr("\"%1\" must be one line without control characters").arg(field), error);
    return true;
}

// An optional string field: absent and null both mean "not set".
bool readString(const QJsonObject &root, const QString &field, QString *out, SpawnError *error)
{
    const QJsonValue value = root.value(field);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return refuse(Manifest::tr("\"%1\" must be a string").arg(field), error);
    *out = value.toString();
    if (out->isEmpty())
        return refuse(Manifest::tr("\"%1\" must not be empty; leave it out instead").arg(field), error);
    return true;
}

bool readPackages(const QJsonObject &install, const QString &manager, QStringList *out, SpawnError *error)
{
    const QJsonValue value = install.value(manager);
    if (value.isUndefined() || value.isNull())
        return true;
    const QString field = QStringLiteral("install.") + manager;
    if (!value.isArray())
        return refuse(Manifest::tr("\"%1\" must be a list of package names").arg(field), error);
    const QJsonArray specs = value.toArray();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (!specs.at(i).isString())
            return refuse(Manifest::tr("\"%1[%2]\" must be a string").arg(field).arg(i), error);
        out->append(specs.at(i).toString());
    }
    return true;
}

bool checkPackages(const QString &manager, const QStringList &specs, SpawnError *error)
{
    const QString field = QStringLiteral("install.") + manager;
    if (specs.size() > Manifest::MaxPackages)
        return refuse(Manifest::tr("\"%1\" lists more than %2 packages").arg(field).arg(Manifest::MaxPackages), error);
    for (const QString &spec : specs) {
        SpawnError specError;
        const bool ok = manager == u"npm" ? PackageSpec::validateNpm(spec, &specError)
                                          : PackageSpec::validatePip(spec, &specError);
        if (!ok)
            return refuse(Manifest::tr("\"%1\": %2").arg(field, specError.message), error);
    }
    return true;
}

// install.npmScripts / install.pipSource: plain names, no versions; the
// approval is for a package, whatever version the install resolves.
bool checkNames(const QString &field, const QStringList &names, bool npm, SpawnError *error)
{
    if (names.size() > Manifest::MaxPackages)
        return refuse(Manifest::tr("\"%1\" lists more than %2 packages").arg(field).arg(Manifest::MaxPackages), error);
    for (const QString &name : names) {
        if (!(npm ? PackageSpec::isNpmName(name) : PackageSpec::isPipName(name)))
            return refuse(Manifest::tr("\"%1\": \"%2\" is not a package name").arg(field, name.left(PackageSpec::MaxSpecLength)), error);
    }
    return true;
}

const QStringList &installFields()
{
    static const QStringList fields{QStringLiteral("npm"), QStringLiteral("pip"), QStringLiteral("npmScripts"),
                                    QStringLiteral("pipSource")};
    return fields;
}

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("type"), QStringLiteral("port"),
                                    QStringLiteral("start"), QStringLiteral("build"),
                                    QStringLiteral("install"), QStringLiteral("name"),
                                    QStringLiteral("description")};
    return fields;
}
} // namespace

Manifest::Manifest(AppType type)
    : m_type(type)
{
}

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, SpawnError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        refuse(tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset), error);
        return std::nullopt;
    }
    if (!document.isObject()) {
        refuse(tr("must be a JSON object"), error);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    for (const QString &key : root.keys()) {
        if (!knownFields().contains(key)) {
            refuse(tr("unknown field \"%1\" (known: %2)").arg(key.left(80), knownFields().join(QLatin1String(", "))), error);
            return std::nullopt;
        }
    }

    Manifest manifest;
    const QJsonValue type = root.value(QLatin1String("type"));
    if (type.isUndefined()) {
        refuse(tr("\"type\" is missing: use webapp, api or script"), error);
        return std::nullopt;
    }
    if (!type.isString()) {
        refuse(tr("\"type\" must be a string: webapp, api or script"), error);
        return std::nullopt;
    }
    if (!appTypeFromString(type.toString(), &manifest.m_type)) {
        refuse(tr("\"type\" must be webapp, api or script, not \"%1\"").arg(type.toString().left(80)), error);
        return std::nullopt;
    }

    const QJsonValue port = root.value(QLatin1String("port"));
    if (!port.isUndefined() && !port.isNull()) {
        const double value = port.toDouble(-1);
        if (!port.isDouble() || value != std::floor(value) || value < MinPort || value > MaxPort) {
            refuse(tr("\"port\" must be a whole number from %1 to %2").arg(MinPort).arg(MaxPort), error);
            return std::nullopt;
        }
        manifest.m_port = int(value);
    }

    if (!readString(root, QStringLiteral("start"), &manifest.m_start, error)
        || !readString(root, QStringLiteral("build"), &manifest.m_build, error)
        || !readString(root, QStringLiteral("name"), &manifest.m_name, error)
        || !readString(root, QStringLiteral("description"), &manifest.m_description, error))
        return std::nullopt;

    const QJsonValue install = root.value(QLatin1String("install"));
    if (!install.isUndefined() && !install.isNull()) {
        if (!install.isObject()) {
            refuse(tr("\"install\" must be an object such as {\"npm\": [], \"pip\": []}"), error);
            return std::nullopt;
        }
        const QJsonObject lists = install.toObject();
        for (const QString &key : lists.keys()) {
            if (!installFields().contains(key)) {
                refuse(tr("\"install\" has an unknown field \"%1\" (known: %2)")
                           .arg(key.left(80), installFields().join(QLatin1String(", "))),
                       error);
                return std::nullopt;
            }
        }
        if (!readPackages(lists, QStringLiteral("npm"), &manifest.m_npm, error)
            || !readPackages(lists, QStringLiteral("pip"), &manifest.m_pip, error)
            || !readPackages(lists, QStringLiteral("npmScripts"), &manifest.m_npmScripts, error)
            || !readPackages(lists, QStringLiteral("pipSource"), &manifest.m_pipSource, error))
            return std::nullopt;
    }

    if (!manifest.validate(error))
        return std::nullopt;
    return manifest;
}

bool Manifest::validate(SpawnError *error) const
{
    if (m_port < MinPort || m_port > MaxPort)
        return refuse(tr("\"port\" must be a whole number from %1 to %2").arg(MinPort).arg(MaxPort), error);
    if (!m_start.isEmpty() && !checkCommand(QStringLiteral("start"), m_start, error))
        return false;
    if (!m_build.isEmpty() && !checkCommand(QStringLiteral("build"), m_build, error))
        return false;
    if (m_name.size() > MaxNameLength || !isOneLine(m_name))
        return refuse(tr("\"name\" must be one line of at most %1 characters").arg(MaxNameLength), error);
    if (m_description.size() > MaxDescriptionLength)
        return refuse(tr("\"description\" is longer than %1 characters").arg(MaxDescriptionLength), error);
    return checkPackages(QStringLiteral("npm"), m_npm, error)
        && checkPackages(QStringLiteral("pip"), m_pip, error)
        && checkNames(QStringLiteral("install.npmScripts"), m_npmScripts, true, error)
        && checkNames(QStringLiteral("install.pipSource"), m_pipSource, false, error);
}

QStringList Manifest::scriptPackages() const
{
    QStringList names = m_npmScripts + m_pipSource;
    names.sort();
    names.removeDuplicates();
    return names;
}

QByteArray Manifest::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("type"), appTypeToString(m_type));
    root.insert(QLatin1String("port"), m_port);
    if (!m_name.isEmpty())
        root.insert(QLatin1String("name"), m_name);
    if (!m_description.isEmpty())
        root.insert(QLatin1String("description"), m_description);
    if (!m_start.isEmpty())
        root.insert(QLatin1String("start"), m_start);
    if (!m_build.isEmpty())
        root.insert(QLatin1String("build"), m_build);
    if (!m_npm.isEmpty() || !m_pip.isEmpty() || !m_npmScripts.isEmpty() || !m_pipSource.isEmpty()) {
        QJsonObject install{{QLatin1String("npm"), QJsonArray::fromStringList(m_npm)},
                            {QLatin1String("pip"), QJsonArray::fromStringList(m_pip)}};
        // Only when set, so manifests written before these fields read the same.
        if (!m_npmScripts.isEmpty())
            install.insert(QLatin1String("npmScripts"), QJsonArray::fromStringList(m_npmScripts));
        if (!m_pipSource.isEmpty())
            install.insert(QLatin1String("pipSource"), QJsonArray::fromStringList(m_pipSource));
        root.insert(QLatin1String("install"), install);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Manifest::effectiveStart(const QStringList &files) const
{
    return m_start.isEmpty() ? defaultStart(m_type, m_port, files) : m_start;
}

QString Manifest::defaultStart(AppType type, int port, const QStringList &files)
{
    switch (type) {
    case AppType::WebApp:
        return QStringLiteral("python3 -m http.server %1 --bind 0.0.0.0").arg(port);
    case AppType::Api:
        return files.contains(QLatin1String("server.js")) ? QStringLiteral("node server.js") : QString();
    case AppType::Script:
        if (files.contains(QLatin1String("main.py")))
            return QStringLiteral("python3 main.py");
        if (files.contains(QLatin1String("script.js")))
            return QStringLiteral("node script.js");
        return {};
    }
    return {};
}
