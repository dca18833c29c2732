// SPDX-License-Identifier: MIT
#include "apiimages.h"

#include "common/promptimagecheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiImages", text);
}

std::optional<PromptImage> item(const QJsonValue &value, const QString &field, ApiError *error)
{
    QString data;
    QString mediaType;
    if (value.isString()) {
        data = value.toString();
        if (!data.startsWith(u"data:")) {
            *error = ApiError::badRequest(tr("%1 must be a data URI (data:image/png;base64,...) or an object "
                                             "{\"mediaType\", \"data\"}").arg(field), field);
            return std::nullopt;
        }
    } else {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"mediaType" && it.key() != u"data") {
                *error = ApiError::badRequest(tr("Unknown field \"%1\"").arg(field + u'.' + it.key()),
                                              field + u'.' + it.key());
                return std::nullopt;
            }
        }
        if (!value.isObject() || !object.value(u"data").isString() || !object.value(u"mediaType").isString()) {
            *error = ApiError::badRequest(tr("%1 must be a data URI or an object with the strings \"mediaType\" "
                                             "and \"data\" (base64)").arg(field), field);
            return std::nullopt;
        }
        data = object.value(u"data").toString();
        mediaType = object.value(u"mediaType").toString();
    }
    SpawnError refusal;
    std::optional<PromptImage> image = PromptImageCheck::fromBase64(data, mediaType, field, &refusal);
    if (!image)
        *error = ApiError::badRequest(refusal.message, field);
    return image;
}
} // namespace

namespace ApiImages {

std::optional<QList<PromptImage>> parse(const QJsonValue &value, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return QList<PromptImage>{};
    if (!value.isArray()) {
        *error = ApiError::badRequest(tr("\"images\" must be a list"), QStringLiteral("images"));
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    if (const SpawnError tooMany = PromptImageCheck::checkCount(items.size()); tooMany.isError()) {
        *error = ApiError::badRequest(tooMany.message, QStringLiteral("images"));
        return std::nullopt;
    }
    QList<PromptImage> images;
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<PromptImage> image = item(items.at(i), QStringLiteral("images[%1]").arg(i), error);
        if (!image)
            return std::nullopt;
        images << *image;
    }
    return images;
}

} // namespace ApiImages
