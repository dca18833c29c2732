// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

class JsonRequest;

// How many input tokens a request would use, as the service counts them
// (Anthropic POST /v1/messages/count_tokens). Services that cannot count
// fail with isUnsupported() true: the caller then estimates.
class CountTokens final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountTokens)

public:
    // Takes `request` over and starts it.
    explicit CountTokens(JsonRequest *request, QObject *parent = nullptr);
    ~CountTokens() override;
    // Fails once back in the event loop: `service` cannot count tokens.
    static CountTokens *unsupported(const QString &service);

    qint64 inputTokens() const { return m_inputTokens; }
    bool isUnsupported() const { return m_unsupported; }

private:
    CountTokens();
    void onRequestFinished();

    JsonRequest *m_request = nullptr;
    qint64 m_inputTokens = 0;
    bool m_unsupported = false;
};
