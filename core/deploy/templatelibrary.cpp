// SPDX-License-Identifier: MIT
#include "templatelibrary.h"

#include "folderloader.h"
#include "pathvalidator.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.templates")

// Names come from the command line too: keep them to one plain segment.
bool isTemplateName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return re.match(name).hasMatch();
}
} // namespace

TemplateLibrary::TemplateLibrary(const QString &root)
    : m_root(root)
{
}

QStringList TemplateLibrary::availableTemplates() const
{
    QStringList names = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &name) { return !isTemplateName(name); });
    qCDebug(lc) << "templates in" << m_root << names;
    return names;
}

bool TemplateLibrary::exists(const QString &name, SpawnError *error) const
{
    if (isTemplateName(name) && availableTemplates().contains(name))
        return true;
    if (error) {
        *error = SpawnError::user(tr("There is no template \"%1\"; available: %2")
                                      .arg(PathValidator::displayName(name.left(64)), availableTemplates().join(QLatin1String(", "))));
    }
    return false;
}

std::optional<AppBundle> TemplateLibrary::load(const QString &name, SpawnError *error) const
{
    if (!exists(name, error))
        return std::nullopt;
    return FolderLoader::load(m_root + u'/' + name, error);
}

std::optional<Manifest> TemplateLibrary::manifest(const QString &name, SpawnError *error) const
{
    if (!exists(name, error))
        return std::nullopt;
    QFile file(m_root + u'/' + name + QStringLiteral("/spawnai.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SpawnError::system(tr("The template \"%1\" has no readable spawnai.json").arg(name), false);
        return std::nullopt;
    }
    return Manifest::fromJson(file.readAll(), error);
}
