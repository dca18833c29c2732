// SPDX-License-Identifier: MIT
#include "storedbundle.h"

#include "deploy/manifest.h"
#include "store/sessionstore.h"

#include <QCoreApplication>

namespace StoredBundle {

std::optional<AppBundle> of(const AppVersion &version, SpawnError *error)
{
    const std::optional<Manifest> manifest = Manifest::fromJson(version.manifestJson.toUtf8(), error);
    if (!manifest)
        return std::nullopt;
    return AppBundle(*manifest, version.files);
}

std::optional<AppBundle> latest(SessionStore *store, const QString &sessionId, SpawnError *error)
{
    const std::optional<AppVersion> version = store->latestAppVersion(sessionId);
    if (!version) {
        *error = SpawnError::user(QCoreApplication::translate("SessionManager", "Session %1 has no stored app to deploy")
                                      .arg(sessionId));
        return std::nullopt;
    }
    std::optional<AppBundle> bundle = of(*version, error);
    if (!bundle || !bundle->validate(error))
        return std::nullopt;
    return bundle;
}

} // namespace StoredBundle
