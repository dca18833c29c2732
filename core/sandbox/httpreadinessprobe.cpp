// SPDX-License-Identifier: MIT
#include "httpreadinessprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

HttpReadinessProbe::HttpReadinessProbe(QNetworkAccessManager *network, const QUrl &url,
                                       std::chrono::milliseconds limit, QObject *parent)
    : PendingOperation(parent)
    , m_network(network)
    , m_url(url)
    , m_limit(limit)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &HttpReadinessProbe::attempt);
    setAbortHandler([this] { stop(); });
}

HttpReadinessProbe::~HttpReadinessProbe()
{
    // As E2bKill: the handler must not outlive this object's members.
    setAbortHandler(nullptr);
    stop();
}

void HttpReadinessProbe::start()
{
    m_elapsed.start();
    attempt();
}

void HttpReadinessProbe::attemptSoon()
{
    if (isFinished() || !m_elapsed.isValid())
        return;
    if (m_reply) {
        m_retryAtOnce = true;  // the app spoke while we asked: ask again at once if refused
        return;
    }
    // Hinted attempts keep a small gap, so a chatty app cannot flood its own port.
    constexpr qint64 MinimumGapMs = 10;
    const qint64 sinceLast = m_elapsed.elapsed() - m_attemptStartedMs;
    m_retryTimer->start(std::chrono::milliseconds(std::max<qint64>(0, MinimumGapMs - sinceLast)));
}

void HttpReadinessProbe::attempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_retryAtOnce = false;
    m_attemptStartedMs = m_elapsed.elapsed();
    m_reply = send(m_network);
    connect(m_reply, &QNetworkReply::finished, this, &HttpReadinessProbe::onReplyFinished);
}

QNetworkReply *HttpReadinessProbe::send(QNetworkAccessManager *network)
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(int(std::max<qint64>(m_interval.count() * 5, 1000)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return network->head(request);
}

HttpReadinessProbe::Answer HttpReadinessProbe::classify(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() ? Answer::Ready
                                                                                : Answer::KeepWaiting;
}

SpawnError HttpReadinessProbe::goneReason() const
{
    return SpawnError::system(tr("The app's server is gone"));
}

void HttpReadinessProbe::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    switch (classify(reply)) {
    case Answer::Ready:
        succeed();
        return;
    case Answer::Gone:
        emit gone();
        fail(goneReason());
        return;
    case Answer::KeepWaiting:
        break;
    }
    const auto elapsed = std::chrono::milliseconds(m_elapsed.elapsed());
    if (elapsed >= m_limit) {
        fail(SpawnError::resource(tr("The app did not answer HTTP on %1 within %2 s")
                                      .arg(m_url.toString(), QString::number(m_limit.count() / 1000.0))));
        return;
    }
    // The port is not open yet. Try again one interval after this attempt
    // began, never faster.
    const qint64 spent = elapsed.count() - m_attemptStartedMs;
    const qint64 wait = m_retryAtOnce ? 0 : std::max<qint64>(0, m_interval.count() - spent);
    m_retryTimer->start(std::chrono::milliseconds(wait));
}

void HttpReadinessProbe::stop()
{
    m_retryTimer->stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
