// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// What a value of a setting must look like.
enum class SettingType
{
    Bool,
    Int,     // within [minimum, maximum]
    Double,  // within [minimum, maximum]
    Choice,  // one of `choices`
    Text,    // any single line up to 200 characters, empty allowed
    Name,    // a non-empty name of letters, digits, '-', '_' and '.' (an E2B template)
    Locale,  // "system" or a locale name such as "de" or "pt_BR"
    Url,     // an absolute http(s) URL
    Json,    // empty or a JSON object
};

// One setting: where QSettings keeps it, its type and its default.
struct SettingDefinition
{
    QString name;  // the QSettings key, e.g. "defaults/maxTokens"
    SettingType type = SettingType::Bool;
    QVariant defaultValue;
    QStringList choices;
    double minimum = 0.0;
    double maximum = 0.0;

    // The value converted to the setting's type, or nothing when it does not
    // fit (wrong type, out of range, not a choice). Stored text as QSettings
    // reads it back ("true", "42") is accepted.
    std::optional<QVariant> normalized(const QVariant &value) const;
};
