// SPDX-License-Identifier: MIT
#include "e2bportprobe.h"

#include "e2bapirequestfactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

E2bPortProbe::E2bPortProbe(QNetworkAccessManager *network, const QUrl &url,
                           const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds limit,
                           std::chrono::milliseconds interval, QObject *parent)
    : HttpReadinessProbe(network, url, limit, parent)
    , m_headers(headers)
{
    setInterval(interval);
}

E2bPortProbe::~E2bPortProbe() = default;

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

QNetworkReply *E2bPortProbe::send(QNetworkAccessManager *network)
{
    QNetworkRequest request(url());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", E2bApiRequestFactory::userAgent());
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The proxy is across the internet: give an attempt longer than a local one.
    request.setTransferTimeout(int(std::max<qint64>(interval().count() * 20, 5000)));
    return network->get(request);
}

HttpReadinessProbe::Answer E2bPortProbe::classify(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return Answer::KeepWaiting;
    switch (status.toInt()) {
    case 502:
        switch (classify502(reply->readAll())) {
        case ProxyAnswer::NotProxy:
            return Answer::Ready;
        case ProxyAnswer::PortNotOpen:
            return Answer::KeepWaiting;
        case ProxyAnswer::SandboxGone:
            return Answer::Gone;
        }
        return Answer::KeepWaiting;
    case 409:  // pausing or resuming
    case 429:  // too many connections
        return Answer::KeepWaiting;
    default:
        return Answer::Ready;
    }
}

SpawnError E2bPortProbe::goneReason() const
{
    return SpawnError::api(tr("The E2B sandbox is gone (it probably timed out)"), false);
}
