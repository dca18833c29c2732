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
    : PendingOperation(parent)
    , m_setup(std::move(setup))
    , m_inactivityTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_inactivityTimer->setSingleShot(true);
    m_inactivityTimer->setInterval(m_setup.inactivityTimeout);
    connect(m_inactivityTimer, &QTimer::timeout, this, &LlmExchange::onInactive);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &LlmExchange::sendAttempt);
}

LlmExchange::~LlmExchange()
{
    stop();
}

void LlmExchange::start()
{
    if (std::exchange(m_started, true))
        return;
    // Never finish, or even fail to connect, before the caller is back in the event loop.
    QMetaObject::invokeMethod(this, &LlmExchange::sendAttempt, Qt::QueuedConnection);
}

void LlmExchange::refuse(const SpawnError &error)
{
    m_started = true;
    finishLater(error);
}

void LlmExchange::replaceSetup(LlmExchangeSetup setup)
{
    Q_ASSERT(!m_started);
    m_setup = std::move(setup);
    m_inactivityTimer->setInterval(m_setup.inactivityTimeout);
}

void LlmExchange::abortWork()
{
    stop();
}

void LlmExchange::sendAttempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_status = 0;
    m_errorBody.clear();
    m_requestId.clear();
    beginAttempt();
    logRequest();
    if (m_setup.verb == "GET")
        m_reply = m_setup.network->get(m_setup.request);
    else
        m_reply = m_setup.network->sendCustomRequest(m_setup.request, m_setup.verb, m_setup.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &LlmExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &LlmExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LlmExchange::onReplyFinished);
    // Sending a large prompt counts as activity too.
    connect(m_reply, &QNetworkReply::uploadProgress, m_inactivityTimer, qOverload<>(&QTimer::start));
    m_inactivityTimer->start();
}

void LlmExchange::onMetaDataChanged()
{
    m_inactivityTimer->start();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = m_reply->rawHeader("request-id");
    qCDebug(lc) << "HTTP" << m_status << "request-id" << m_requestId;
}

void LlmExchange::onReadyRead()
{
    m_inactivityTimer->start();
    if (m_status == 0)
        onMetaDataChanged();
    const QByteArray bytes = m_reply->readAll();
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
        handleFailure(*error, m_setup.retry.afterFailure(error->retryable, m_attempts));
    }
}

void LlmExchange::onReplyFinished()
{
    if (m_reply->bytesAvailable() > 0) {
        onReadyRead();
        if (isFinished() || !m_reply)
            return;
    }
    m_inactivityTimer->stop();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const SpawnError error = LlmErrors::forNetworkError(m_setup.endpoint, reply->error(), reply->errorString());
        handleFailure(error, m_setup.retry.afterFailure(error.retryable, m_attempts));
        return;
    }
    m_status = status.toInt();
    if (isSuccessStatus()) {
        const QString transportError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        if (const std::optional<SpawnError> error = complete(transportError))
            handleFailure(*error, m_setup.retry.afterFailure(error->retryable, m_attempts));
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
    handleFailure(error, spendLimit ? RetryPolicy::Decision{} : m_setup.retry.afterHttpError(m_status, hints, m_attempts));
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
    handleFailure(error, m_setup.retry.afterFailure(error.retryable, m_attempts));
}

void LlmExchange::finishOk()
{
    stop();
    finishSuccess();
}

void LlmExchange::handleFailure(const SpawnError &error, RetryPolicy::Decision decision)
{
    if (isFinished())
        return;
    if (decision.retry && mayRetry()) {
        qCInfo(lc) << "attempt" << m_attempts << "failed, retrying in" << decision.delay.count() << "ms:"
                   << error.message;
        const QPointer<LlmExchange> self(this);
        emit retrying(m_attempts + 1, int(decision.delay.count()), error.message);
        if (!self || isFinished())
            return;
        m_retryTimer->start(decision.delay);
        return;
    }
    SpawnError final = LlmErrors::afterAttempts(error, m_attempts);
    if (!mayRetry())
        final = LlmErrors::afterText(final);
    qCInfo(lc) << "failed after" << m_attempts << "attempt(s), request-id" << m_requestId << ":" << final.message;
    stop();
    finishWithError(final);
}

void LlmExchange::stop()
{
    m_retryTimer->stop();
    m_inactivityTimer->stop();
    dropReply();
}

void LlmExchange::dropReply()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void LlmExchange::logRequest() const
{
    if (!lc().isDebugEnabled())
        return;
    QStringList headers;
    for (const QByteArray &name : m_setup.request.rawHeaderList())
        headers << QString::fromLatin1(name + ": " + m_setup.request.rawHeader(name));
    qCDebug(lc).noquote() << "attempt" << m_attempts << m_setup.verb << m_setup.request.url().toString()
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
