// SPDX-License-Identifier: MIT
#include "llmexchange.h"

#include "common/logredaction.h"
#include "llmerrors.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.http", QtInfoMsg)

// An error body is a few hundred bytes; anything bigger is not worth keeping.
constexpr qsizetype MaxErrorBody = 64 * 1024;
}

LlmExchange::LlmExchange(LlmExchangeSetup setup, QObject *parent)
    : RetryingHttpCall(setup, &lc, parent)
    , m_setup(std::move(setup))
    , m_inactivityTimer(new QTimer(this))
{
    m_inactivityTimer->setSingleShot(true);
    m_inactivityTimer->setInterval(m_setup.inactivityTimeout);
    connect(m_inactivityTimer, &QTimer::timeout, this, &LlmExchange::onInactive);
}

LlmExchange::~LlmExchange()
{
    LlmExchange::stopAttempts();
}

void LlmExchange::replaceSetup(LlmExchangeSetup setup)
{
    replaceHttpSetup(setup);
    m_setup = std::move(setup);
    m_inactivityTimer->setInterval(m_setup.inactivityTimeout);
}

void LlmExchange::beforeAttempt()
{
    m_status = 0;
    m_errorBody.clear();
    m_requestId.clear();
    beginAttempt();
    logRequest();
}

void LlmExchange::watchReply(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &LlmExchange::onMetaDataChanged);
    // Sending a large prompt counts as activity too.
    connect(reply, &QNetworkReply::uploadProgress, m_inactivityTimer, qOverload<>(&QTimer::start));
    m_inactivityTimer->start();
}

void LlmExchange::onMetaDataChanged()
{
    m_inactivityTimer->start();
    m_status = reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = reply()->rawHeader("request-id");
    qCDebug(lc) << "HTTP" << m_status << "request-id" << m_requestId;
}

void LlmExchange::onReadyRead()
{
    m_inactivityTimer->start();
    if (m_status == 0)
        onMetaDataChanged();
    const QByteArray bytes = reply()->readAll();
    if (!isSuccessStatus()) {
        m_errorBody.append(bytes.first(std::min(bytes.size(), MaxErrorBody - m_errorBody.size())));
        return;
    }
    // consume() emits signals whose receivers may cancel, or drop, this operation.
    const QPointer<LlmExchange> self(this);
    const std::optional<SpawnError> error = consume(bytes);
    if (!self || isFinished())
        return;
    if (error) {
        dropReply();
        retryOrFail(*error, m_setup.retry.afterFailure(error->retryable, attempts()));
    }
}

void LlmExchange::onReplyFinished()
{
    if (reply()->bytesAvailable() > 0) {
        onReadyRead();
        if (isFinished() || !reply())
            return;
    }
    m_inactivityTimer->stop();
    const QNetworkReply *reply = takeReply();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const SpawnError error = LlmErrors::forNetworkError(m_setup.endpoint, reply->error(), reply->errorString());
        retryOrFail(error, m_setup.retry.afterFailure(error.retryable, attempts()));
        return;
    }
    m_status = status.toInt();
    if (isSuccessStatus()) {
        const QString transportError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        if (const std::optional<SpawnError> error = complete(transportError))
            retryOrFail(*error, m_setup.retry.afterFailure(error->retryable, attempts()));
        else
            finishOk();
        return;
    }
    const RetryHints hints = RetryHints::fromHeaders(reply->rawHeaderPairs());
    const SpawnError error = LlmErrors::forHttpStatus(m_setup.endpoint, m_status, m_errorBody, hints, m_setup.model);
    qCInfo(lc) << "HTTP" << m_status << "from" << m_setup.endpoint.serviceName << "request-id" << m_requestId
               << LogRedaction::redact(QString::fromUtf8(m_errorBody.first(std::min<qsizetype>(m_errorBody.size(), 500))));
    // A spend limit comes as a 429, but waiting will not lift it.
    const bool spendLimit = m_status == 429 && !error.retryable;
    retryOrFail(error, spendLimit ? RetryPolicy::Decision{} : m_setup.retry.afterHttpError(m_status, hints, attempts()));
}

void LlmExchange::onInactive()
{
    if (isFinished())
        return;
    dropReply();
    if (hasCompleteReply()) {  // the server kept the body open after the end: nothing is missing
        finishOk();
        return;
    }
    const SpawnError error = LlmErrors::inactivity(m_setup.endpoint, m_setup.inactivityTimeout);
    retryOrFail(error, m_setup.retry.afterFailure(error.retryable, attempts()));
}

void LlmExchange::finishOk()
{
    stopAttempts();
    finishSuccess();
}

SpawnError LlmExchange::finalError(const SpawnError &error) const
{
    SpawnError final = LlmErrors::afterAttempts(error, attempts());
    if (!mayRetry())
        final = LlmErrors::afterText(final);
    if (m_setup.failureIsAnswer)
        qCDebug(lc) << "failed after" << attempts() << "attempt(s):" << final.message;
    else
        qCInfo(lc) << "failed after" << attempts() << "attempt(s), request-id" << m_requestId << ":" << final.message;
    return final;
}

void LlmExchange::stopAttempts()
{
    m_inactivityTimer->stop();
    RetryingHttpCall::stopAttempts();
}

void LlmExchange::logRequest() const
{
    if (!lc().isDebugEnabled())
        return;
    QStringList headers;
    for (const QByteArray &name : m_setup.request.rawHeaderList())
        headers << QString::fromLatin1(name + ": " + m_setup.request.rawHeader(name));
    qCDebug(lc).noquote() << "attempt" << attempts() << m_setup.verb << m_setup.request.url().toString()
                          << LogRedaction::redact(headers.join(u"; ")) << m_setup.body.size() << "bytes";
}

LlmExchangeSetup LlmExchangeSetup::make(QNetworkAccessManager *network, QNetworkRequest request,
                                        const LlmEndpoint &endpoint, const RetryPolicy &retry,
                                        std::chrono::milliseconds inactivityTimeout)
{
    request.setTransferTimeout(int(inactivityTimeout.count()) + 5000);
    LlmExchangeSetup setup;
    setup.network = network;
    setup.request = request;
    setup.endpoint = endpoint;
    setup.retry = retry;
    setup.inactivityTimeout = inactivityTimeout;
    return setup;
}
