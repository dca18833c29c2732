// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QPointer>
#include <QElapsedTimer>
#include <QList>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Waits until an app answers on a sandbox port through E2B's proxy. The
// proxy answers 502 in two cases that must not be confused: "port is not
// open" (the app is still starting: keep waiting) and "sandbox was not
// found" (it is gone: fail at once). Any other answer is the app's own.
// Requests say Accept: application/json and carry our User-Agent, or the
// proxy would answer with an HTML page.
class E2bPortProbe final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bPortProbe)

public:
    E2bPortProbe(QNetworkAccessManager *network, const QUrl &url,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds limit,
                 std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~E2bPortProbe() override;

    void start();
    int attempts() const { return m_attempts; }
    // The app wrote output (servers announce that they listen): ask now
    // rather than at the next tick, keeping a small gap between attempts.
    void attemptSoon();

    // What the proxy's 502 body says.
    enum class ProxyAnswer
    {
        NotProxy,      // not the proxy speaking: the app answered
        PortNotOpen,
        SandboxGone,
    };
    static ProxyAnswer classify502(const QByteArray &body);

signals:
    void sandboxGone();

private:
    void attempt();
    void onFinished();
    void stop();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    std::chrono::milliseconds m_limit;
    std::chrono::milliseconds m_interval;
    QElapsedTimer m_elapsed;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;  // a child of the network manager, which may go first
    qint64 m_attemptStartedMs = 0;
    int m_attempts = 0;
    bool m_retryAtOnce = false;  // output came while an attempt was on the wire
};
