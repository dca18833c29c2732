// SPDX-License-Identifier: MIT
// SessionStartRequest::parse, the body of POST /api/v1/sessions, on any
// bytes: a refusal is a 4xx that says why, and an accepted request names
// exactly one source (prompt, template or files) and a manifest exactly
// when it sends files.
#include "api/sessionstartrequest.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size).toByteArray();
    ApiError error;
    const std::optional<SessionStartRequest> request = SessionStartRequest::parse(body, &error);
    if (!request) {
        FUZZ_CHECK(error.status >= 400 && error.status < 500);
        FUZZ_CHECK(!error.error.message.isEmpty());
        error.toJson();
        return 0;
    }
    const int sources = int(!request->prompt.trimmed().isEmpty()) + int(!request->templateName.isEmpty())
        + int(!request->files.isEmpty());
    FUZZ_CHECK(sources == 1);
    FUZZ_CHECK(request->files.isEmpty() == request->manifestJson.isEmpty());
    for (const AppFile &file : request->files)
        FUZZ_CHECK(!file.executable);
    return 0;
}
