// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Keeps credentials out of every log line: the values of the x-api-key,
// Authorization, X-API-Key and X-Access-Token headers, and anything shaped
// like an Anthropic or E2B key, become "[redacted]" wherever they appear.
class LogRedaction final
{
public:
    static QString redact(const QString &text);
    // Routes all Qt logging through redact() before the default handler.
    static void install();
};
