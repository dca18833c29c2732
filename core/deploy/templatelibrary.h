// SPDX-License-Identifier: MIT
#pragma once

#include "appbundle.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The starter apps shipped inside the binary, one folder each under
// ":/templates" with a spawnai.json. The root is a parameter so tests can
// point it at a plain folder.
class TemplateLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    explicit TemplateLibrary(const QString &root = QStringLiteral(":/templates"));

    // Sorted names of the template folders ("express-api", ...).
    QStringList availableTemplates() const;
    std::optional<AppBundle> load(const QString &name, SpawnError *error) const;
    // Only the template's spawnai.json: what a gallery shows, without
    // reading every file of the app.
    std::optional<Manifest> manifest(const QString &name, SpawnError *error) const;

private:
    bool exists(const QString &name, SpawnError *error) const;

    QString m_root;
};
