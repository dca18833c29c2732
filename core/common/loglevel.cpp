// SPDX-License-Identifier: MIT
#include "loglevel.h"

#include <QLoggingCategory>

std::optional<LogLevel> logLevelFromString(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == u"debug")
        return LogLevel::Debug;
    if (word == u"info")
        return LogLevel::Info;
    if (word == u"warning" || word == u"warn")
        return LogLevel::Warning;
    if (word == u"error")
        return LogLevel::Error;
    return std::nullopt;
}

QString logLevelToString(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString loggingRules(LogLevel level)
{
    // Qt's "critical" is what qCCritical writes: SpawnAI's errors.
    const auto rule = [](const char *type, bool enabled) -> QString {
        const QString value = enabled ? QStringLiteral("=true\n") : QStringLiteral("=false\n");
        return u"spawnai.*." + QLatin1String(type) + value;
    };
    return rule("debug", level <= LogLevel::Debug) + rule("info", level <= LogLevel::Info)
        + rule("warning", level <= LogLevel::Warning) + rule("critical", true);
}

void applyLogLevel(LogLevel level)
{
    QLoggingCategory::setFilterRules(loggingRules(level));
}
