// SPDX-License-Identifier: MIT
#include "e2bhttpcall.h"

#include "common/logredaction.h"
#include "e2berrors.h"
#include "e2blog.h"

#include <QNetworkReply>

namespace {
// E2B's answers are small (a sandbox list of 100 entries is ~50 kB).
constexpr qsizetype MaxBody = 16 * 1024 * 1024;
}

E2bHttpCall::E2bHttpCall(E2bCallSetup setup, QObject *parent)
    : RetryingHttpCall(setup, &lcE2b, parent)
    , m_setup(std::move(setup))
{
}

E2bHttpCall::~E2bHttpCall() = default;

QByteArray E2bHttpCall::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void E2bHttpCall::beforeAttempt()
{
    m_status = 0;
    m_body.clear();
    m_headers.clear();
    qCDebug(lcE2b).noquote() << "attempt" << attempts() << m_setup.verb << m_setup.request.url().toString();
}

void E2bHttpCall::onReadyRead()
{
    const QByteArray bytes = reply()->readAll();
    m_body.append(bytes.first(std::min(bytes.size(), MaxBody - m_body.size())));
}

void E2bHttpCall::onReplyFinished()
{
    onReadyRead();
    const QNetworkReply *reply = takeReply();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const SpawnError error = E2bErrors::forNetworkError(reply->error(), reply->errorString(), m_setup.what);
        // A request that never reached E2B is safe to send again, even a create.
        const bool neverSent = reply->error() == QNetworkReply::ConnectionRefusedError
            || reply->error() == QNetworkReply::HostNotFoundError;
        retryOrFail(error, m_setup.idempotent || neverSent ? m_setup.retry.afterFailure(error.retryable, attempts())
                                                           : RetryPolicy::Decision{});
        return;
    }
    m_status = status.toInt();
    m_headers = reply->rawHeaderPairs();
    if ((m_status >= 200 && m_status < 300) || m_setup.acceptedStatuses.contains(m_status)) {
        if (reply->error() != QNetworkReply::NoError && m_status < 300) {
            const SpawnError error = E2bErrors::forNetworkError(reply->error(), reply->errorString(), m_setup.what);
            retryOrFail(error, m_setup.idempotent ? m_setup.retry.afterFailure(true, attempts())
                                                  : RetryPolicy::Decision{});
            return;
        }
        stopAttempts();
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
    retryOrFail(error, worthIt ? m_setup.retry.afterHttpError(m_status, hints(), attempts()) : RetryPolicy::Decision{});
}
