// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "net/retryinghttpcall.h"

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QTimer;

struct LlmExchangeSetup : HttpCallSetup
{
    LlmEndpoint endpoint;
    std::chrono::milliseconds inactivityTimeout{60000};
    QString model;  // named by errors such as a 404
    // A probe's failure is an answer ("not running"), which its caller logs
    // at debug level: not a failed request in the log each time it looks.
    bool failureIsAnswer = false;

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
// (JsonRequest). RetryingHttpCall sends, owns the QNetworkReply and waits
// between attempts; this maps the services' error answers and network
// failures and keeps the inactivity timeout. A subclass only reads the body
// of a 2xx answer.
class LlmExchange : public RetryingHttpCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmExchange)

public:
    ~LlmExchange() override;

    // The request-id header of the last answer (Anthropic), for support.
    QByteArray requestId() const { return m_requestId; }
    const LlmEndpoint &endpoint() const { return m_setup.endpoint; }

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

    const LlmExchangeSetup &setup() const { return m_setup; }
    // Before start(): send another request after all (a client that asked
    // the server something first).
    void replaceSetup(LlmExchangeSetup setup);

    void beforeAttempt() final;
    void watchReply(QNetworkReply *reply) final;
    void onReadyRead() final;
    void onReplyFinished() final;
    SpawnError finalError(const SpawnError &error) const final;
    void stopAttempts() final;

private:
    void onMetaDataChanged();
    void onInactive();
    void finishOk();
    void logRequest() const;
    bool isSuccessStatus() const { return m_status >= 200 && m_status < 300; }

    LlmExchangeSetup m_setup;
    QTimer *m_inactivityTimer;
    QByteArray m_errorBody;
    QByteArray m_requestId;
    int m_status = 0;
};
