// SPDX-License-Identifier: MIT
#include "sessionactionrequests.h"

#include "apibody.h"
#include "apiimages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

std::optional<FollowUpRequest> FollowUpRequest::parse(const QByteArray &body, ApiError *error, bool *imagesRefused)
{
    if (imagesRefused)
        *imagesRefused = false;
    const std::optional<QJsonObject> object = ApiBody::object(body, {QStringLiteral("text"), QStringLiteral("images")},
                                                              error);
    if (!object)
        return std::nullopt;
    const QJsonValue text = object->value(u"text");
    if (!text.isString() || text.toString().trimmed().isEmpty()) {
        *error = ApiError::badRequest(tr("\"text\" must be a non-empty string"), QStringLiteral("text"));
        return std::nullopt;
    }
    std::optional<QList<PromptImage>> images = ApiImages::parse(object->value(u"images"), error);
    if (!images) {
        if (imagesRefused)
            *imagesRefused = true;
        return std::nullopt;
    }
    return FollowUpRequest{text.toString().trimmed(), std::move(*images)};
}

std::optional<ExtendRequest> ExtendRequest::parse(const QByteArray &body, ApiError *error)
{
    const std::optional<QJsonObject> object = ApiBody::object(body, {QStringLiteral("minutes")}, error);
    if (!object)
        return std::nullopt;
    ExtendRequest request;
    if (object->contains(u"minutes")) {
        const QJsonValue minutes = object->value(u"minutes");
        const double value = minutes.toDouble(-1);
        // The range first: a double beyond int converted to it is undefined.
        if (!minutes.isDouble() || value < 1 || value > 24 * 60 || value != double(int(value))) {
            *error = ApiError::badRequest(tr("\"minutes\" is a whole number from 1 to 1440"),
                                          QStringLiteral("minutes"));
            return std::nullopt;
        }
        request.minutes = int(value);
    }
    return request;
}

QByteArray ExtendRequest::toJson() const
{
    return minutes == 0 ? QByteArray("{}") : compact({{QStringLiteral("minutes"), minutes}});
}

std::optional<RedeployRequest> RedeployRequest::parse(const QByteArray &body, ApiError *error)
{
    const std::optional<QJsonObject> object = ApiBody::object(body, {QStringLiteral("internet")}, error);
    if (!object)
        return std::nullopt;
    if (object->contains(u"internet") && !object->value(u"internet").isBool()) {
        *error = ApiError::badRequest(tr("\"internet\" must be true or false"), QStringLiteral("internet"));
        return std::nullopt;
    }
    return RedeployRequest{object->value(u"internet").toBool()};
}

QByteArray RedeployRequest::toJson() const
{
    return compact({{QStringLiteral("internet"), internet}});
}

std::optional<RestoreRequest> RestoreRequest::parse(const QByteArray &body, ApiError *error)
{
    const std::optional<QJsonObject> object = ApiBody::object(body, {QStringLiteral("version")}, error);
    if (!object)
        return std::nullopt;
    const QJsonValue version = object->value(u"version");
    const double value = version.toDouble(-1);
    // The range first: a double beyond int converted to it is undefined.
    if (!version.isDouble() || value < 1 || value > std::numeric_limits<int>::max() || value != double(int(value))) {
        *error = ApiError::badRequest(tr("\"version\" must be a version number (1, 2, ...)"),
                                      QStringLiteral("version"));
        return std::nullopt;
    }
    return RestoreRequest{int(value)};
}

QByteArray RestoreRequest::toJson() const
{
    return compact({{QStringLiteral("version"), version}});
}
