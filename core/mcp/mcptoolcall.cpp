// SPDX-License-Identifier: MIT
#include "mcptoolcall.h"

#include "common/pendingoperation.h"
#include "hostlocator.h"

McpToolCall::McpToolCall(ApiClient *client, HostLocator *locator, QObject *parent)
    : AsyncOperation(parent)
    , m_client(client)
    , m_locator(locator)
{
}

McpToolCall::~McpToolCall() = default;

void McpToolCall::start()
{
    m_connecting = m_locator->connectToHost();
    m_connecting->setParent(this);
    connect(m_connecting, &AsyncOperation::finished, this, [this] {
        PendingOperation *connecting = std::exchange(m_connecting, nullptr);
        connecting->deleteLater();
        if (isFinished() || isCancelled())
            return;
        if (!connecting->succeeded()) {
            finishWithError(connecting->error());
            return;
        }
        run();
    });
}

void McpToolCall::abortWork()
{
    if (m_connecting)
        m_connecting->cancel();
}

void McpToolCall::finishWithResult(const QJsonObject &structured, const QString &text)
{
    m_structured = structured;
    m_text = text;
    finishSuccess();
}

void McpToolCall::finishWithToolError(const SpawnError &error, const QJsonObject &structured)
{
    m_structured = structured;
    finishWithError(error);
}
