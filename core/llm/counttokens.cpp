// SPDX-License-Identifier: MIT
#include "counttokens.h"

#include "jsonrequest.h"
#include "llmerrors.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.counttokens", QtInfoMsg)
}

CountTokens::CountTokens(JsonRequest *request, QObject *parent)
    : PendingOperation(parent)
    , m_request(request)
{
    m_request->setParent(this);
    connect(m_request, &AsyncOperation::finished, this, &CountTokens::onRequestFinished);
    setAbortHandler([this] { m_request->cancel(); });
    m_request->start();
}

CountTokens::CountTokens() = default;

CountTokens::~CountTokens()
{
    setAbortHandler(nullptr);  // m_request, a child, stops itself when destroyed
}

CountTokens *CountTokens::unsupported(const QString &service)
{
    auto *operation = new CountTokens;
    operation->m_unsupported = true;
    const SpawnError error = SpawnError::api(tr("%1 cannot count tokens: not supported").arg(service), false);
    operation->finishLater(error);
    return operation;
}

void CountTokens::onRequestFinished()
{
    if (isCancelled() || isFinished())
        return;  // our own cancel() cancelled the request: stay cancelled
    if (m_request->error().isError()) {
        fail(m_request->error());
        return;
    }
    const QJsonValue tokens = m_request->document().object().value(u"input_tokens");
    if (!tokens.isDouble()) {
        fail(LlmErrors::unexpectedBody(m_request->endpoint(), tr("no input_tokens in the answer")));
        return;
    }
    m_inputTokens = tokens.toInteger();
    qCDebug(lc) << "input tokens:" << m_inputTokens;
    succeed();
}
