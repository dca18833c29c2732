// SPDX-License-Identifier: MIT
// PackageJson on any bytes, as package.json and as a lock file: no crash, a
// refusal always says why, and every dependency it accepts is a registry
// name with a registry range.
#include "deploy/packagejson.h"
#include "deploy/packagespec.h"
#include "fuzzsupport.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size).toByteArray();
    SpawnError error;
    const std::optional<PackageJson> package = PackageJson::parse(json, &error);
    FUZZ_CHECK(package.has_value() != error.isError());
    if (package) {
        const QJsonObject maps = package->dependencyMaps();
        for (auto map = maps.begin(); map != maps.end(); ++map) {
            const QJsonObject dependencies = map.value().toObject();
            for (auto dependency = dependencies.begin(); dependency != dependencies.end(); ++dependency) {
                FUZZ_CHECK(PackageSpec::isNpmName(dependency.key()));
                FUZZ_CHECK(PackageSpec::isNpmRange(dependency.value().toString()));
            }
        }
    }
    SpawnError lockError;
    const bool lockValid = PackageJson::validateLockFile(QStringLiteral("package-lock.json"), json, &lockError);
    FUZZ_CHECK(lockValid != lockError.isError());
    return 0;
}
