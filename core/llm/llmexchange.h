// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "llmendpoint.h"
#include "retrypolicy.h"

#include <QNetworkRequest>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct LlmExchangeSetup
{
    QNetworkAccessManager *network = nullptr;
    QNetworkRequest request;
    QByteArray verb = QByteArrayLiteral("GET");  // or "POST"
    QByteArray body;
    LlmEndpoint endpoint;
    RetryPolicy retry;
    std::chrono::milliseconds inactivityTimeout{60000};
    QString model;  // named by errors such as a 404

    // What every request of a service shares: the request (headers already
    // set), the endpoint, the retry rules and the inactivity limit. Qt's
    // transfer timeout, a little longer than ours, only overrides a shorter
    // default that a shared QNetworkAccessManager may carry; our own timer
    // gives the precise error.
    static LlmExchangeSetup make(QNetworkAccessManager *network, QNetworkRequest request, const LlmEndpoint &endpoint,
                                 const RetryPolicy &retry, std::chrono::milliseconds inactivityTimeout);
};

// One request to an LLM service, attempted again as RetryPolicy allows: the
// HTTP side shared by a streamed generation (ChatStream) and plain JSON calls
// (JsonRequest). It owns the QNetworkReply, so callers never see one. A
// subclass only reads the body of a 2xx answer; error answers, network
// failures, the inactivity timeout, retries and cancel are handled here.
class LlmExchange : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmExchange)

public:
    ~LlmExchange() override;

    // Sends the first attempt once back in the event loop.
    void start();
    // Finishes with `error` once back in the event loop, sending nothing:
    // for a request refused before it reaches the wire.
    void refuse(const SpawnError &error);

    int attempts() const { return m_attempts; }
    // The request-id header of the last answer (Anthropic), for support.
    QByteArray requestId() const { return m_requestId; }
    const LlmEndpoint &endpoint() const { return m_setup.endpoint; }

signals:
    // Another attempt, number `attempt` (2, 3 ...), starts in `delayMs`.
    void retrying(int attempt, int delayMs, const QString &reason);

protected:
    LlmExchange(LlmExchangeSetup setup, QObject *parent);

    // A new attempt begins: forget what the last one received.
    virtual void beginAttempt() {}
    // Body bytes of a 2xx answer. An error ends the attempt.
    virtual std::optional<SpawnError> consume(const QByteArray &bytes) = 0;
    // The 2xx body ended; `transportError` is empty for a clean end.
    // Return nothing for success.
    virtual std::optional<SpawnError> complete(const QString &transportError) = 0;
    // Whether everything needed has arrived, even if the body has not ended.
    virtual bool hasCompleteReply() const { return false; }
    // False once the caller has seen part of the answer: a failure is then final.
    virtual bool mayRetry() const { return true; }

    const LlmExchangeSetup &setup() const { return m_setup; }
    // Before start(): send another request after all (a client that asked
    // the server something first).
    void replaceSetup(LlmExchangeSetup setup);
    void abortWork() override;

private:
    void sendAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onInactive();
    void finishOk();
    void handleFailure(const SpawnError &error, RetryPolicy::Decision decision);
    void stop();
    void dropReply();
    void logRequest() const;
    bool isSuccessStatus() const { return m_status >= 200 && m_status < 300; }

    LlmExchangeSetup m_setup;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_inactivityTimer;
    QTimer *m_retryTimer;
    QByteArray m_errorBody;
    QByteArray m_requestId;
    int m_status = 0;
    int m_attempts = 0;
    bool m_started = false;
};
