// SPDX-License-Identifier: MIT
#pragma once

#include "llmexchange.h"

#include <QJsonDocument>

// A non-streamed call that answers one JSON document (GET /v1/models,
// POST /v1/messages/count_tokens), with the same retries and error words as
// a generation.
class JsonRequest final : public LlmExchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonRequest)

public:
    explicit JsonRequest(LlmExchangeSetup setup, QObject *parent = nullptr);
    ~JsonRequest() override;

    // The answer, valid once finished() reported success.
    const QJsonDocument &document() const { return m_document; }

protected:
    void beginAttempt() override;
    std::optional<SpawnError> consume(const QByteArray &bytes) override;
    std::optional<SpawnError> complete(const QString &transportError) override;

private:
    QByteArray m_body;
    QJsonDocument m_document;
};
