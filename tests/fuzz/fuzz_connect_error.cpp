// SPDX-License-Identifier: MIT
// ConnectError from any end-of-stream payload or error body: no crash, and
// an unreadable payload or any non-200 answer is an error, never success.
#include "fuzzsupport.h"
#include "sandbox/e2b/connecterror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size).toByteArray();

    const ConnectError end = ConnectError::fromEndStream(input);
    // Success only for a JSON object without an "error" (or a null one).
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    const QJsonValue inner = document.object().value(u"error");
    const bool success = parseError.error == QJsonParseError::NoError && document.isObject()
        && (inner.isUndefined() || inner.isNull());
    FUZZ_CHECK(end.isError() != success);
    end.toSpawnError(QStringLiteral("run npm install"));
    end.isSandboxGone();

    // The status comes from the text's hash: the corpus stays real bodies.
    static constexpr int Statuses[] = {400, 401, 403, 404, 408, 409, 412, 429, 499, 500, 502, 503, 504, 507, 418};
    const int status = Statuses[qHash(input) % std::size(Statuses)];
    const ConnectError http = ConnectError::fromHttp(status, input);
    FUZZ_CHECK(http.isError());
    const SpawnError spawnError = http.toSpawnError(QStringLiteral("run npm install"));
    FUZZ_CHECK(spawnError.isError());
    http.isSandboxGone();
    ConnectError::httpStatusForCode(http.code);
    return 0;
}
