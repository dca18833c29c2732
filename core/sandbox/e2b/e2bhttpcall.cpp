// SPDX-License-Identifier: MIT
#include "e2bhttpcall.h"

#include "common/logredaction.h"
#include "e2berrors.h"
#include "e2blog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {
// E2B's answers are small (a sandbox list of 100 entries is ~50 kB).
constexpr qsizetype MaxBody = 16 * 1024 * 1024;
}

E2bHttpCall::E2bHttpCall(E2bCallSetup setup, QObject *parent)
    : PendingOperation(parent)
    , m_setup(std::move(setup))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &E2bHttpCall::sendAttempt);
    setAbortHandler([this] { stop(); });
}

E2bHttpCall::~E2bHttpCall()
{
    stop();
}

void E2bHttpCall::start()
{
    if (std::exchange(m_started, true))
        return;
    QMetaObject::invokeMethod(this, &E2bHttpCall::sendAttempt, Qt::QueuedConnection);
}

QByteArray E2bHttpCall::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void E2bHttpCall::sendAttempt()
{
    if (isFinished())
        return;
    if (m_setup.refusal.isError()) {
        qCInfo(lcE2b).noquote() << "not sent:" << m_setup.what << "-" << m_setup.refusal.message;
        fail(m_setup.refusal);
        return;
    }
    ++m_attempts;
    m_status = 0;
    m_body.clear();
    m_headers.clear();
    qCDebug(lcE2b).noquote() << "attempt" << m_attempts << m_setup.verb << m_setup.request.url().toString();
    if (m_setup.verb == "GET")
        m_reply = m_setup.network->get(m_setup.request);
    else
        m_reply = m_setup.network->sendCustomRequest(m_setup.request, m_setup.verb, m_setup.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &E2bHttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &E2bHttpCall::onFinished);
}

void E2bHttpCall::onReadyRead()
{
    const QByteArray bytes = m_reply->readAll();
    m_body.append(bytes.first(std::min(bytes.size(), MaxBody - m_body.size())));
}

void E2bHttpCall::onFinished()
{
    onReadyRead();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const SpawnError error = E2bErrors::forNetworkError(reply->error(), reply->errorString(), m_setup.what);
        // A request that never reached E2B is safe to send again, even a create.
        const bool neverSent = reply->error() == QNetworkReply::ConnectionRefusedError
            || reply->error() == QNetworkReply::HostNotFoundError;
        handleFailure(error, m_setup.idempotent || neverSent ? m_setup.retry.afterFailure(error.retryable, m_attempts)
                                                             : RetryPolicy::Decision{});
        return;
    }
    m_status = status.toInt();
    m_headers = reply->rawHeaderPairs();
    if ((m_status >= 200 && m_status < 300) || m_setup.acceptedStatuses.contains(m_status)) {
        if (reply->error() != QNetworkReply::NoError && m_status < 300) {
            const SpawnError error = E2bErrors::forNetworkError(reply->error(), reply->errorString(), m_setup.what);
            handleFailure(error, m_setup.idempotent ? m_setup.retry.afterFailure(true, m_attempts)
                                                    : RetryPolicy::Decision{});
            return;
        }
        stop();
        succeed();
        return;
    }
    SpawnError error;
    if (m_setup.service == E2bCallSetup::Service::Envd) {
        m_connectError = ConnectError::fromHttp(m_status, m_body);
        error = m_connectError.toSpawnError(m_setup.what);
    } else {
        error = E2bErrors::forHttpStatus(m_status, m_body, m_setup.what);
    }
    qCInfo(lcE2b).noquote() << "HTTP" << m_status << m_setup.verb << m_setup.request.url().path() << ":"
                            << LogRedaction::redact(E2bErrors::messageOf(m_body));
    // A 409 means the sandbox is changing state; repeating at once does not help.
    const bool worthIt = m_setup.idempotent && m_status != 409;
    handleFailure(error, worthIt ? m_setup.retry.afterHttpError(m_status, hints(), m_attempts) : RetryPolicy::Decision{});
}

void E2bHttpCall::handleFailure(const SpawnError &error, RetryPolicy::Decision decision)
{
    if (decision.retry) {
        qCInfo(lcE2b) << "attempt" << m_attempts << "to" << m_setup.what << "failed, retrying in"
                      << decision.delay.count() << "ms:" << error.message;
        emit retrying(m_attempts + 1, int(decision.delay.count()), error.message);
        if (!isFinished())
            m_retryTimer->start(decision.delay);
        return;
    }
    stop();
    fail(error);
}

void E2bHttpCall::stop()
{
    m_retryTimer->stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
