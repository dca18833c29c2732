// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "llmtypes.h"

#include <QJsonDocument>

#include <functional>

class JsonRequest;

// The models a service offers. With a fallback list (Anthropic's built-in
// catalogue) a failed request still succeeds: models() is the fallback,
// isFallback() is true and fallbackReason() says why the service's own list
// is missing, so the UI can show it.
class ModelListing final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListing)

public:
    using Parser = std::function<QList<ModelInfo>(const QJsonDocument &)>;

    // Takes `request` over and starts it.
    ModelListing(JsonRequest *request, Parser parser, QList<ModelInfo> fallback = {}, QObject *parent = nullptr);
    ~ModelListing() override;

    const QList<ModelInfo> &models() const { return m_models; }
    bool isFallback() const { return m_fallback; }
    const SpawnError &fallbackReason() const { return m_fallbackReason; }
    int attempts() const;

private:
    void onRequestFinished();

    JsonRequest *m_request;
    Parser m_parser;
    QList<ModelInfo> m_fallbackModels;
    QList<ModelInfo> m_models;
    SpawnError m_fallbackReason;
    bool m_fallback = false;
};
