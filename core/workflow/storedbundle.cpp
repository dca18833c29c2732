// SPDX-License-Identifier: MIT
#include "storedbundle.h"

#include "deploy/manifest.h"

namespace StoredBundle {

std::optional<AppBundle> of(const AppVersion &version, SpawnError *error)
{
    const std::optional<Manifest> manifest = Manifest::fromJson(version.manifestJson.toUtf8(), error);
    if (!manifest)
        return std::nullopt;
    return AppBundle(*manifest, version.files);
}

} // namespace StoredBundle
