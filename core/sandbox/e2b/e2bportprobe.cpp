// SPDX-License-Identifier: MIT
#include "e2bportprobe.h"

#include "e2bapirequestfactory.h"
#include "e2blog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

E2bPortProbe::E2bPortProbe(QNetworkAccessManager *network, const QUrl &url,
                           const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds limit,
                           std::chrono::milliseconds interval, QObject *parent)
    : PendingOperation(parent)
    , m_network(network)
    , m_url(url)
    , m_headers(headers)
    , m_limit(limit)
    , m_interval(interval)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &E2bPortProbe::attempt);
    setAbortHandler([this] { stop(); });
}

E2bPortProbe::~E2bPortProbe()
{
    stop();
}

void E2bPortProbe::start()
{
    m_elapsed.start();
    m_timer->start(0);
}

E2bPortProbe::ProxyAnswer E2bPortProbe::classify502(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.contains(u"sandboxId"))
        return ProxyAnswer::NotProxy;
    const QString message = object.value(u"message").toString();
    if (object.contains(u"port") || message.contains(u"port is not open", Qt::CaseInsensitive))
        return ProxyAnswer::PortNotOpen;
    if (message.contains(u"not found", Qt::CaseInsensitive))
        return ProxyAnswer::SandboxGone;
    return ProxyAnswer::PortNotOpen;
}

void E2bPortProbe::attemptSoon()
{
    if (isFinished() || !m_elapsed.isValid())
        return;
    if (m_reply) {
        m_retryAtOnce = true;
        return;
    }
    // A chatty app must not flood its own port (and E2B's proxy) with probes.
    constexpr qint64 MinimumGapMs = 10;
    const qint64 sinceLast = m_elapsed.elapsed() - m_attemptStartedMs;
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, MinimumGapMs - sinceLast)));
}

void E2bPortProbe::attempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_retryAtOnce = false;
    m_attemptStartedMs = m_elapsed.elapsed();
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", E2bApiRequestFactory::userAgent());
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::max<qint64>(m_interval.count() * 20, 5000)));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &E2bPortProbe::onFinished);
}

void E2bPortProbe::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        const int code = status.toInt();
        // 409: pausing or resuming; 429: too many connections. Both pass.
        const ProxyAnswer answer = code == 502 ? classify502(reply->readAll())
            : (code == 409 || code == 429)     ? ProxyAnswer::PortNotOpen
                                               : ProxyAnswer::NotProxy;
        if (answer == ProxyAnswer::NotProxy) {
            succeed();
            return;
        }
        if (answer == ProxyAnswer::SandboxGone) {
            emit sandboxGone();
            fail(SpawnError::api(tr("The E2B sandbox is gone (it probably timed out)"), false));
            return;
        }
    }
    if (m_elapsed.elapsed() >= m_limit.count()) {
        fail(SpawnError::resource(tr("The app did not answer HTTP on %1 within %2 s")
                                      .arg(m_url.toString(), QString::number(m_limit.count() / 1000.0))));
        return;
    }
    m_timer->start(m_retryAtOnce ? std::chrono::milliseconds(0) : m_interval);
}

void E2bPortProbe::stop()
{
    m_timer->stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
