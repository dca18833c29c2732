// SPDX-License-Identifier: MIT
#include "retryinghttpcall.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

RetryingHttpCall::RetryingHttpCall(HttpCallSetup setup, LogCategory log, QObject *parent)
    : PendingOperation(parent)
    , m_http(std::move(setup))
    , m_log(log)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &RetryingHttpCall::sendAttempt);
}

RetryingHttpCall::~RetryingHttpCall()
{
    stopAttempts();
}

void RetryingHttpCall::start()
{
    if (std::exchange(m_started, true))
        return;
    // Never finish, or even fail to connect, before the caller is back in the event loop.
    QMetaObject::invokeMethod(this, &RetryingHttpCall::sendAttempt, Qt::QueuedConnection);
}

void RetryingHttpCall::refuse(const SpawnError &error)
{
    m_started = true;
    finishLater(error);
}

void RetryingHttpCall::abortWork()
{
    stopAttempts();
    PendingOperation::abortWork();
}

void RetryingHttpCall::sendAttempt()
{
    if (isFinished())
        return;
    if (m_http.refusal.isError()) {
        qCInfo(m_log).noquote() << "not sent:" << m_http.what << "-" << m_http.refusal.message;
        finishWithError(m_http.refusal);
        return;
    }
    ++m_attempts;
    beforeAttempt();
    if (m_http.verb == "GET")
        m_reply = m_http.network->get(m_http.request);
    else
        m_reply = m_http.network->sendCustomRequest(m_http.request, m_http.verb, m_http.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &RetryingHttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RetryingHttpCall::onReplyFinished);
    watchReply(m_reply);
}

void RetryingHttpCall::replaceHttpSetup(HttpCallSetup setup)
{
    Q_ASSERT(!m_started);
    m_http = std::move(setup);
}

QNetworkReply *RetryingHttpCall::reply() const
{
    return m_reply;
}

QNetworkReply *RetryingHttpCall::takeReply()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (reply)
        reply->deleteLater();
    return reply;
}

void RetryingHttpCall::dropReply()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RetryingHttpCall::stopAttempts()
{
    m_retryTimer->stop();
    dropReply();
}

void RetryingHttpCall::retryOrFail(const SpawnError &error, RetryPolicy::Decision decision)
{
    if (isFinished())
        return;
    if (decision.retry && mayRetry()) {
        if (m_http.what.isEmpty())
            qCInfo(m_log) << "attempt" << m_attempts << "failed, retrying in" << decision.delay.count() << "ms:"
                          << error.message;
        else
            qCInfo(m_log) << "attempt" << m_attempts << "to" << m_http.what << "failed, retrying in"
                          << decision.delay.count() << "ms:" << error.message;
        // A receiver may cancel, or drop, this call.
        const QPointer<RetryingHttpCall> self(this);
        emit retrying(m_attempts + 1, int(decision.delay.count()), error.message);
        if (!self || isFinished())
            return;
        m_retryTimer->start(decision.delay);
        return;
    }
    const SpawnError final = finalError(error);
    stopAttempts();
    finishWithError(final);
}
