// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>

class QLoggingCategory;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// What every HTTP call to a remote service shares. A client's own setup
// (LlmExchangeSetup, E2bCallSetup) extends it with what its answers need.
struct HttpCallSetup
{
    QNetworkAccessManager *network = nullptr;
    QNetworkRequest request;  // headers set by the service's request factory
    QByteArray verb = QByteArrayLiteral("GET");
    QByteArray body;
    RetryPolicy retry;
    // The call in plain words for logs and errors ("create a sandbox");
    // empty when the service's log says it well enough.
    QString what;
    // Set by a request factory when the call must not go out (a key that is
    // not one): the call fails with it on its first attempt, sending nothing.
    SpawnError refusal;
};

// One request/answer call, attempted again as its RetryPolicy allows: the
// core that the model clients (LlmExchange) and the E2B client (E2bHttpCall)
// share. It sends each attempt, owns the QNetworkReply, waits between
// attempts and ends exactly once. A subclass reads the reply and maps its
// service's errors; it reports a failed attempt with retryOrFail(), which
// either schedules the next attempt or finishes with the error.
class RetryingHttpCall : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryingHttpCall)

public:
    ~RetryingHttpCall() override;

    // Sends the first attempt once back in the event loop.
    void start();
    // Finishes with `error` once back in the event loop, sending nothing:
    // for a request refused before it reaches the wire. start() then does nothing.
    void refuse(const SpawnError &error);
    int attempts() const { return m_attempts; }

signals:
    // Another attempt, number `attempt` (2, 3 ...), starts in `delayMs`.
    void retrying(int attempt, int delayMs, const QString &reason);

protected:
    using LogCategory = const QLoggingCategory &(*)();
    RetryingHttpCall(HttpCallSetup setup, LogCategory log, QObject *parent);

    // An attempt is about to go out (attempts() already counts it): forget
    // what the last one received.
    virtual void beforeAttempt() {}
    // The attempt's reply exists; connect what else the service needs.
    virtual void watchReply(QNetworkReply *reply) { Q_UNUSED(reply) }
    virtual void onReadyRead() = 0;
    virtual void onReplyFinished() = 0;
    // False once the caller has seen part of the answer: a failure is then final.
    virtual bool mayRetry() const { return true; }
    // The error the call finishes with after its last attempt failed with `error`.
    virtual SpawnError finalError(const SpawnError &error) const { return error; }

    // Before start(): another request after all.
    void replaceHttpSetup(HttpCallSetup setup);
    QNetworkReply *reply() const;
    // Takes the finished reply over for reading; it goes on the loop's next turn.
    QNetworkReply *takeReply();
    // Aborts the attempt under way, if any.
    void dropReply();
    // Ends the attempts: no reply, no waiting. A subclass that runs timers
    // of its own stops them here too.
    virtual void stopAttempts();
    // After a failed attempt: waits and tries again if `decision` (and
    // mayRetry()) allows, otherwise finishes with finalError(error).
    void retryOrFail(const SpawnError &error, RetryPolicy::Decision decision);
    void abortWork() override;

private:
    void sendAttempt();

    HttpCallSetup m_http;
    LogCategory m_log;
    QPointer<QNetworkReply> m_reply;  // a child of the network manager, which may go first
    QTimer *m_retryTimer;
    int m_attempts = 0;
    bool m_started = false;
};
