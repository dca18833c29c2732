// SPDX-License-Identifier: MIT
#pragma once

#include "appanswer.h"
#include "common/spawnerror.h"
#include "deploy/appbundle.h"
#include "deploy/bundlelimits.h"

#include <QCoreApplication>

#include <optional>

// Turns a parsed answer into an AppBundle and decides whether it may be
// deployed. A first answer must bring a manifest and files; a follow-up is
// merged onto the app it changes. Every refusal is a user error that names
// the file or field and says what to do: the workflow sends it back to the
// model as a repair prompt, so it is written for the model as much as for
// the user.
class GeneratedAppBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(GeneratedAppBuilder)

public:
    explicit GeneratedAppBuilder(const BundleLimits &limits = {});

    std::optional<AppBundle> build(const AppAnswer &answer, SpawnError *error) const;
    // Changed files replace, new ones are added, deletions remove (a path
    // or a whole folder), and the previous manifest stays unless the
    // answer sends one.
    std::optional<AppBundle> buildFollowUp(const AppBundle &previous, const AppAnswer &answer, SpawnError *error) const;

    // Everything a bundle must pass before deployment: AppBundle::validate
    // (manifest, package specs, paths, sizes, package.json), at least one
    // file, and an entry point that exists (EntryPointCheck).
    bool validate(const AppBundle &bundle, SpawnError *error) const;

    // "// ... existing code ..." where code should be: the model left part
    // of a file out. Such a file would deploy broken, so it is refused.
    static bool checkForPlaceholders(const QList<AppFile> &files, SpawnError *error);

private:
    std::optional<AppBundle> assemble(const AppBundle *previous, const AppAnswer &answer, SpawnError *error) const;

    BundleLimits m_limits;
};
