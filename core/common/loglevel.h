// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// How much of SpawnAI's own diagnostics (the spawnai.* logging categories)
// is written: LOG_LEVEL or --log-level (docs/settings.md).
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
};

// "debug", "info", "warning" (or "warn"), "error", in any case; nothing
// for anything else.
std::optional<LogLevel> logLevelFromString(const QString &text);
QString logLevelToString(LogLevel level);
// The QLoggingCategory filter rules that let the spawnai.* categories write
// `level` and above.
QString loggingRules(LogLevel level);
// Installs loggingRules(level). QT_LOGGING_RULES still wins: Qt applies it
// after the rules set here, so one category can still be opened up.
void applyLogLevel(LogLevel level);
