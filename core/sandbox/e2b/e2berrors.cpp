// SPDX-License-Identifier: MIT
#include "e2berrors.h"

#include "e2bapikey.h"

#include <QJsonDocument>
#include <QJsonObject>

QString E2bErrors::messageOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message").toString();
    if (!message.isEmpty())
        return message;
    // An HTML page (a proxy, or a browser-looking client) says nothing useful.
    if (body.trimmed().startsWith('<'))
        return {};
    return QString::fromUtf8(body.left(300)).simplified();
}

SpawnError E2bErrors::invalidKey()
{
    return SpawnError::user(tr("The E2B API key is invalid: E2B refused it. Check the key in Settings, API keys "
                               "(or E2B_API_KEY); keys start with e2b_."));
}

SpawnError E2bErrors::missingKey()
{
    return SpawnError::user(tr("No E2B API key: add one in Settings, API keys, or set E2B_API_KEY."));
}

SpawnError E2bErrors::malformedKey()
{
    return SpawnError::user(tr("The E2B API key does not look like an E2B key: it is e2b_ followed by at least %1 hex "
                               "digits (0-9, a-f). Check the key in Settings, API keys (or E2B_API_KEY).")
                                .arg(E2bApiKey::MinHexDigits));
}

SpawnError E2bErrors::forHttpStatus(int status, const QByteArray &body, const QString &what)
{
    const QString message = messageOf(body);
    const QString detail = message.isEmpty() ? tr("HTTP %1").arg(status) : message;
    switch (status) {
    case 401:
        return invalidKey();
    case 403:
        return SpawnError::user(tr("E2B refused to %1: %2").arg(what, detail));
    case 400:
        return SpawnError::api(tr("E2B refused to %1 as a bad request: %2").arg(what, detail), false);
    case 404:
        return SpawnError::api(tr("Could not %1: E2B does not know it (%2)").arg(what, detail), false);
    case 409:
        return SpawnError::api(tr("Could not %1 now: %2").arg(what, detail), true);
    case 429:
        return SpawnError::api(tr("E2B asks to wait before it can %1: %2").arg(what, detail), true);
    default:
        break;
    }
    if (status >= 500)
        return SpawnError::api(tr("E2B failed to %1 (HTTP %2): %3").arg(what).arg(status).arg(detail), true);
    return SpawnError::api(tr("Could not %1: E2B answered HTTP %2 (%3)").arg(what).arg(status).arg(detail), false);
}

SpawnError E2bErrors::forNetworkError(QNetworkReply::NetworkError error, const QString &detail, const QString &what)
{
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return SpawnError::api(tr("Could not %1: E2B did not answer in time").arg(what), true);
    if (error == QNetworkReply::SslHandshakeFailedError)
        return SpawnError::api(tr("Could not %1: the secure connection to E2B failed (%2)").arg(what, detail), false);
    return SpawnError::api(tr("Could not %1: E2B could not be reached (%2)").arg(what, detail), true);
}
