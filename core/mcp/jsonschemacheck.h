// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Checks a tool's arguments against its input schema, for the part of JSON
// Schema the tools use (type, enum, required, additionalProperties: false,
// minimum, maximum, minLength, pattern, items). A full validator would be a
// dependency for seven small schemas; the SDK test holds the schemas against
// a real one (Ajv, 2020-12).
class JsonSchemaCheck final
{
public:
    // The first problem as a sentence naming the argument, or an empty string.
    static QString firstProblem(const QJsonObject &schema, const QJsonValue &value, const QString &path = {});
};
