// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Finishes once `url` answers HTTP, or fails when `limit` passes. Attempts
// start every `interval`; a hint that the app may be up (it printed
// something) starts one at once, so an app that announces itself is seen as
// soon as it listens rather than at the next tick.
//
// What counts as the app's answer is a hook: by default any HTTP status
// does, while a proxy in front of the app (E2B's) overrides classify() to
// tell its own "not yet" and "gone" answers from the app's.
class HttpReadinessProbe : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReadinessProbe)

public:
    enum class Answer
    {
        KeepWaiting,
        Ready,
        Gone,  // what serves the app is gone: fail at once
    };

    HttpReadinessProbe(QNetworkAccessManager *network, const QUrl &url, std::chrono::milliseconds limit,
                       QObject *parent = nullptr);
    ~HttpReadinessProbe() override;

    void start();
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    int attempts() const { return m_attempts; }
    // The app did something (wrote output): try now rather than at the next tick.
    void attemptSoon();

signals:
    // classify() said Gone; the probe fails right after.
    void gone();

protected:
    const QUrl &url() const { return m_url; }
    std::chrono::milliseconds interval() const { return m_interval; }
    // Sends one attempt; the default is a HEAD that gives up after a few intervals.
    virtual QNetworkReply *send(QNetworkAccessManager *network);
    // What a finished attempt means; the default: any HTTP status is the app's.
    virtual Answer classify(QNetworkReply *reply);
    // Why the probe failed when classify() said Gone.
    virtual SpawnError goneReason() const;

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
    QPointer<QNetworkReply> m_reply;  // a child of the network manager, which may go first
    int m_attempts = 0;
    qint64 m_attemptStartedMs = 0;
    bool m_retryAtOnce = false;  // output came while an attempt was on the wire
};
