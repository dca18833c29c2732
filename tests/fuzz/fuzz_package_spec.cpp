// SPDX-License-Identifier: MIT
// PackageSpec on any text, one spec a line: no crash, a refusal says why,
// and an accepted spec can never be read as an option or hold whitespace
// (the specs go into npm's and pip's argv).
#include "deploy/packagespec.h"
#include "fuzzsupport.h"

namespace {

bool optionLike(const QString &spec)
{
    if (spec.startsWith(u'-'))
        return true;
    for (QChar c : spec) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    for (const QString &spec : text.split(u'\n')) {
        SpawnError npmError;
        const bool npm = PackageSpec::validateNpm(spec, &npmError);
        FUZZ_CHECK(npm != npmError.isError());
        if (npm)
            FUZZ_CHECK(!optionLike(spec));
        SpawnError pipError;
        const bool pip = PackageSpec::validatePip(spec, &pipError);
        FUZZ_CHECK(pip != pipError.isError());
        if (pip)
            FUZZ_CHECK(!optionLike(spec));
        PackageSpec::isNpmName(spec);
        PackageSpec::isNpmRange(spec);
    }
    return 0;
}
