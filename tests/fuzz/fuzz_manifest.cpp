// SPDX-License-Identifier: MIT
// Manifest::fromJson on any bytes: a manifest it accepts passes validate(),
// and writing it out and reading it back gives the same manifest.
#include "deploy/manifest.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size).toByteArray();
    SpawnError error;
    const std::optional<Manifest> manifest = Manifest::fromJson(json, &error);
    FUZZ_CHECK(manifest.has_value() != error.isError());
    if (!manifest)
        return 0;
    SpawnError invalid;
    FUZZ_CHECK(manifest->validate(&invalid));
    SpawnError again;
    const std::optional<Manifest> reread = Manifest::fromJson(manifest->toJson(), &again);
    FUZZ_CHECK(reread.has_value());
    FUZZ_CHECK(*reread == *manifest);
    manifest->effectiveStart({QStringLiteral("main.py"), QStringLiteral("index.html"), QStringLiteral("server.js")});
    return 0;
}
