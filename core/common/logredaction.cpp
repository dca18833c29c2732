// SPDX-License-Identifier: MIT
#include "logredaction.h"

#include <QRegularExpression>

namespace {
QtMessageHandler g_previous = nullptr;

const QRegularExpression &headerPattern()
{
    // "x-api-key: v", "Authorization=Bearer v", "\"X-Access-Token\":\"v\"" ...
    static const QRegularExpression pattern(
        QStringLiteral(R"((x-api-key|authorization|x-access-token|e2b-traffic-access-token)(["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?[^\s"',;}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\b(sk-ant-[A-Za-z0-9_\-]{8,}|e2b_[A-Za-z0-9]{8,}|sk-[A-Za-z0-9]{20,}))"));
    return pattern;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_previous(type, context, LogRedaction::redact(message));
}
} // namespace

QString LogRedaction::redact(const QString &text)
{
    QString result = text;
    result.replace(headerPattern(), QStringLiteral("\\1\\2[redacted]"));
    result.replace(keyPattern(), QStringLiteral("[redacted]"));
    return result;
}

void LogRedaction::install()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(redactingHandler);
}
