// SPDX-License-Identifier: MIT
#pragma once

#include "bundlelimits.h"
#include "sandbox/sandboxtypes.h"

#include <QList>
#include <QStringList>

#include <chrono>
#include <memory>

class AppEnvironmentRead;

// Tunables of one deployment. The defaults are what the app uses; tests
// shorten them.
struct DeployOptions
{
    std::chrono::milliseconds installTimeout{std::chrono::minutes(5)};
    std::chrono::milliseconds buildTimeout{std::chrono::minutes(2)};
    std::chrono::milliseconds scriptTimeout{std::chrono::minutes(2)};
    std::chrono::milliseconds readyTimeout{std::chrono::seconds(30)};
    // Try the provider's node_modules cache before npm install, save after.
    bool useDependencyCache = true;
    // How many lines of a failed command's output go into the error message.
    int outputTailLines = 20;
    BundleLimits limits;
    // Run after the files are written; a non-zero exit fails the deployment
    // as the app's fault (generated apps get `node --check`, `py_compile`).
    QList<CommandSpec> checks;
    // The app's environment (secrets it needs), set in the environment of
    // its run command only, never of an install or build; its values are
    // hidden in every command's output. Null: none. Read from the keychain
    // while the sandbox is made; the run command waits for it.
    std::shared_ptr<AppEnvironmentRead> environment;
    // Packages whose install scripts (npm) or source builds (pip) the user
    // approved for this session; the manifest's npmScripts / pipSource
    // entries not in here install with their scripts ignored.
    QStringList approvedScripts;
    // 0: off. Otherwise npm installs only versions published at least this
    // many days ago (--before), against freshly published malicious ones.
    int minimumPackageAgeDays = 0;
};
