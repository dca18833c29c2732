// SPDX-License-Identifier: MIT
#include "jsonrequest.h"

#include "llmerrors.h"

#include <QJsonParseError>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.json", QtInfoMsg)

// A model list is a few kB; a bigger answer is not what was asked for.
constexpr qsizetype MaxBody = 16 * 1024 * 1024;
}

JsonRequest::JsonRequest(LlmExchangeSetup setup, QObject *parent)
    : LlmExchange(std::move(setup), parent)
{
}

JsonRequest::~JsonRequest() = default;

void JsonRequest::beginAttempt()
{
    m_body.clear();
    m_document = {};
}

std::optional<SpawnError> JsonRequest::consume(const QByteArray &bytes)
{
    if (m_body.size() + bytes.size() > MaxBody)
        return LlmErrors::unexpectedBody(endpoint(), tr("the answer is larger than %1 MB").arg(MaxBody >> 20));
    m_body.append(bytes);
    return std::nullopt;
}

std::optional<SpawnError> JsonRequest::complete(const QString &transportError)
{
    if (!transportError.isEmpty())
        return LlmErrors::truncated(endpoint(), transportError);
    QJsonParseError parseError;
    m_document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qCDebug(lc) << "not JSON:" << m_body.left(200);
        return LlmErrors::unexpectedBody(endpoint(), parseError.errorString());
    }
    return std::nullopt;
}
