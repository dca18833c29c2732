// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// Puts SpawnAI's translation (embedded under :/i18n) and, when installed,
// Qt's own (qtbase) into the running application. `language` is the
// Language setting: "system" follows the system's UI languages, anything
// else is a locale name such as "de". A language SpawnAI has no
// translation for falls back to English, whose file holds only the plural
// forms ("1 file", "2 files"). Installing again replaces what an earlier
// call installed. The language's locale becomes QLocale's default, so that
// numbers, money (Budget::formatUsd) and dates are written as it writes them.
class AppTranslator final
{
public:
    // The locale whose translation was loaded; nullopt when none could be
    // (SpawnAI then shows its source texts).
    static std::optional<QLocale> install(const QString &language);
    // The languages SpawnAI is translated to besides English, e.g. {"de"}.
    static QStringList availableLanguages();
};
