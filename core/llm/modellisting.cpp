// SPDX-License-Identifier: MIT
#include "modellisting.h"

#include "jsonrequest.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.models", QtInfoMsg)
}

ModelListing::ModelListing(JsonRequest *request, Parser parser, QList<ModelInfo> fallback, QObject *parent)
    : PendingOperation(parent)
    , m_request(request)
    , m_parser(std::move(parser))
    , m_fallbackModels(std::move(fallback))
{
    m_request->setParent(this);
    connect(m_request, &AsyncOperation::finished, this, &ModelListing::onRequestFinished);
    setAbortHandler([this] { m_request->cancel(); });
    m_request->start();
}

ModelListing::~ModelListing()
{
    setAbortHandler(nullptr);  // m_request, a child, stops itself when destroyed
}

int ModelListing::attempts() const
{
    return m_request->attempts();
}

void ModelListing::onRequestFinished()
{
    if (isCancelled() || isFinished())
        return;  // our own cancel() cancelled the request: stay cancelled
    SpawnError error = m_request->error();
    if (!error.isError()) {
        m_models = m_parser(m_request->document());
        if (!m_models.isEmpty()) {
            succeed();
            return;
        }
        error = SpawnError::api(tr("%1 listed no models").arg(m_request->endpoint().serviceName), false);
    }
    if (m_fallbackModels.isEmpty()) {
        fail(error);
        return;
    }
    qCInfo(lc) << "using the built-in model list:" << error.message;
    m_models = m_fallbackModels;
    m_fallback = true;
    m_fallbackReason = error;
    succeed();
}
