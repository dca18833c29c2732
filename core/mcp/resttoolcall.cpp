// SPDX-License-Identifier: MIT
#include "resttoolcall.h"

#include "apireply.h"

#include <QJsonDocument>

RestToolCall::RestToolCall(ApiClient *client, HostLocator *locator, Request request, Answer answer, QObject *parent)
    : McpToolCall(client, locator, parent)
    , m_request(std::move(request))
    , m_answer(std::move(answer))
{
}

RestToolCall::~RestToolCall()
{
    if (m_reply)
        m_reply->cancel();
}

void RestToolCall::asIs(const ApiReply &reply, QJsonObject *structured, QString *text)
{
    *structured = reply.json();
    *text = QString::fromUtf8(QJsonDocument(*structured).toJson(QJsonDocument::Compact));
}

void RestToolCall::run()
{
    m_reply = m_request(client());
    m_reply->setParent(this);
    connect(m_reply, &AsyncOperation::finished, this, [this] {
        m_reply->deleteLater();
        if (!m_reply->succeeded()) {
            finishWithError(m_reply->error());
            return;
        }
        QJsonObject structured;
        QString text;
        m_answer(*m_reply, &structured, &text);
        finishWithResult(structured, text);
    });
}

void RestToolCall::abortWork()
{
    McpToolCall::abortWork();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}
