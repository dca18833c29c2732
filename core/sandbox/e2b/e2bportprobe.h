// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/httpreadinessprobe.h"

#include <QList>

#include <utility>

// Waits until an app answers on a sandbox port through E2B's proxy. The
// proxy answers 502 in two cases that must not be confused: "port is not
// open" (the app is still starting: keep waiting) and "sandbox was not
// found" (it is gone: fail at once). Any other answer is the app's own.
// Requests say Accept: application/json and carry our User-Agent, or the
// proxy would answer with an HTML page.
class E2bPortProbe final : public HttpReadinessProbe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bPortProbe)

public:
    E2bPortProbe(QNetworkAccessManager *network, const QUrl &url,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds limit,
                 std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~E2bPortProbe() override;

    // What the proxy's 502 body says.
    enum class ProxyAnswer
    {
        NotProxy,      // not the proxy speaking: the app answered
        PortNotOpen,
        SandboxGone,
    };
    static ProxyAnswer classify502(const QByteArray &body);

protected:
    QNetworkReply *send(QNetworkAccessManager *network) override;
    Answer classify(QNetworkReply *reply) override;
    SpawnError goneReason() const override;

private:
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};
