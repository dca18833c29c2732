// SPDX-License-Identifier: MIT
#include "connecterror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace {
// The Connect spec's table of codes and the statuses they travel with.
constexpr std::array<std::pair<const char16_t *, int>, 16> CodeStatuses{{
    {u"canceled", 499},
    {u"unknown", 500},
    {u"invalid_argument", 400},
    {u"deadline_exceeded", 504},
    {u"not_found", 404},
    {u"already_exists", 409},
    {u"permission_denied", 403},
    {u"resource_exhausted", 429},
    {u"failed_precondition", 400},
    {u"aborted", 409},
    {u"out_of_range", 400},
    {u"unimplemented", 501},
    {u"internal", 500},
    {u"unavailable", 503},
    {u"data_loss", 500},
    {u"unauthenticated", 401},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectError", text);
}
} // namespace

ConnectError ConnectError::fromHttp(int httpStatus, const QByteArray &body)
{
    ConnectError error;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue code = object.value(u"code");
    error.code = code.isString() && !code.toString().isEmpty() ? code.toString() : codeForHttpStatus(httpStatus);
    error.message = object.value(u"message").toString();
    if (error.message.isEmpty() && object.isEmpty())
        error.message = QString::fromUtf8(body.left(300)).trimmed();
    return error;
}

ConnectError ConnectError::fromEndStream(const QByteArray &payload)
{
    ConnectError error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.code = QStringLiteral("internal");
        error.message = tr("the end of the stream is not JSON");
        return error;
    }
    const QJsonValue inner = document.object().value(u"error");
    if (inner.isUndefined() || inner.isNull())
        return error;
    const QJsonObject object = inner.toObject();
    error.code = object.value(u"code").toString();
    if (error.code.isEmpty())
        error.code = QStringLiteral("unknown");
    error.message = object.value(u"message").toString();
    error.httpStatus = httpStatusForCode(error.code);
    return error;
}

QString ConnectError::codeForHttpStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("internal");
    case 401:
        return QStringLiteral("unauthenticated");
    case 403:
        return QStringLiteral("permission_denied");
    case 404:
        return QStringLiteral("unimplemented");
    case 429:
    case 502:
    case 503:
    case 504:
        return QStringLiteral("unavailable");
    default:
        return QStringLiteral("unknown");
    }
}

int ConnectError::httpStatusForCode(const QString &code)
{
    for (const auto &[name, status] : CodeStatuses) {
        if (code == QStringView(name))
            return status;
    }
    return 500;
}

bool ConnectError::isSandboxGone() const
{
    return httpStatus == 502 && message.contains(u"not found", Qt::CaseInsensitive);
}

SpawnError ConnectError::toSpawnError(const QString &what) const
{
    const QString detail = message.isEmpty() ? code : message;
    if (isSandboxGone())
        return SpawnError::api(tr("Could not %1: the E2B sandbox is gone (it probably timed out)").arg(what), false);
    if (code == u"unauthenticated")
        return SpawnError::api(tr("Could not %1: the sandbox refused SpawnAI's access token (%2)").arg(what, detail),
                               false);
    if (code == u"deadline_exceeded")
        return SpawnError::resource(tr("Could not %1: it ran out of time (%2)").arg(what, detail));
    if (code == u"resource_exhausted")
        return SpawnError::resource(tr("Could not %1: the sandbox ran out of resources (%2)").arg(what, detail));
    if (code == u"unavailable")
        return SpawnError::api(tr("Could not %1: the E2B sandbox is not reachable (%2)").arg(what, detail), true);
    if (code == u"invalid_argument" || code == u"not_found" || code == u"failed_precondition")
        return SpawnError::system(tr("Could not %1: %2").arg(what, detail));
    return SpawnError::api(tr("Could not %1: E2B answered %2 (%3)").arg(what, code, detail), false);
}
