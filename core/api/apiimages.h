// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "common/promptimage.h"

#include <QJsonValue>

#include <optional>

// The "images" field of a new session, a follow-up and MCP's spawn_app:
// a list whose items are data URIs ("data:image/png;base64,...") or
// {"mediaType": "image/png", "data": "<base64>"}. Each is checked as a
// file would be (PromptImageCheck); a refusal names the item.
namespace ApiImages {

// Undefined: no images.
std::optional<QList<PromptImage>> parse(const QJsonValue &value, ApiError *error);

} // namespace ApiImages
