// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QElapsedTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Finishes once `url` answers HTTP with any status, or fails when `limit`
// passes. Attempts start every `interval`; a hint that the app may be up
// (it printed something) starts one at once, so an app that announces
// itself is seen as soon as it listens rather than at the next tick.
class HttpReadinessProbe final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReadinessProbe)

public:
    HttpReadinessProbe(QNetworkAccessManager *network, const QUrl &url, std::chrono::milliseconds limit,
                       QObject *parent = nullptr);
    ~HttpReadinessProbe() override;

    void start();
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    int attempts() const { return m_attempts; }
    // The app did something (wrote output): try now rather than at the next tick.
    void attemptSoon();

private:
    void attempt();
    void onReplyFinished();
    void stop();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    std::chrono::milliseconds m_limit;
    std::chrono::milliseconds m_interval{100};
    QElapsedTimer m_elapsed;
    QTimer *m_retryTimer;
    QNetworkReply *m_reply = nullptr;
    int m_attempts = 0;
    qint64 m_attemptStartedMs = 0;
    bool m_retryAtOnce = false;
};
