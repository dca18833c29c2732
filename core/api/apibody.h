// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// A request body as a JSON object with only `allowed` fields; an empty (or
// blank) body is {}. A refusal is a 400 naming the unknown field.
namespace ApiBody {

std::optional<QJsonObject> object(const QByteArray &body, const QStringList &allowed, ApiError *error);

} // namespace ApiBody
