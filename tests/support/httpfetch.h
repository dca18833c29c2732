// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

// GETs a preview URL on 127.0.0.1 (never through a proxy) and returns the
// body; empty when nothing answered within `timeoutMs`.
inline QByteArray fetchBody(const QUrl &url, int timeoutMs = 10000)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}
