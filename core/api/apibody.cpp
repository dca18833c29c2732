// SPDX-License-Identifier: MIT
#include "apibody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> ApiBody::object(const QByteArray &body, const QStringList &allowed, ApiError *error)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    // The sentences keep ApiExchange's context: they were translated there.
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ApiError::badRequest(QCoreApplication::translate("ApiExchange", "The body must be a JSON object (%1)")
                                          .arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = ApiError::badRequest(
                QCoreApplication::translate("ApiExchange", "Unknown field \"%1\"").arg(it.key()), it.key());
            return std::nullopt;
        }
    }
    return object;
}
