// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "connecterror.h"
#include "llm/retrypolicy.h"

#include <QPointer>
#include <QJsonDocument>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct E2bCallSetup
{
    enum class Service
    {
        ControlPlane,  // errors {"code": <int>, "message"}
        Envd,          // Connect errors
    };

    QNetworkAccessManager *network = nullptr;
    QNetworkRequest request;  // headers set by a request factory
    QByteArray verb = QByteArrayLiteral("GET");
    QByteArray body;
    QString what;  // the call in plain words, for errors: "create a sandbox"
    Service service = Service::ControlPlane;
    // Only an idempotent call is sent again after a 5xx or a lost connection:
    // a second create could make a second sandbox.
    bool idempotent = true;
    QList<int> acceptedStatuses;  // besides 2xx, e.g. 404 for a kill
    RetryPolicy retry;
    // Set by the request factory when the call must not go out (a key that
    // is not one): the call fails with it, and nothing is sent.
    SpawnError refusal;
};

// One request/answer exchange with E2B (control plane or envd, not a
// stream), attempted again as RetryPolicy allows when the call is
// idempotent. It owns its QNetworkReply; callers read status(), body() and
// json() after finished(), also after a failure.
class E2bHttpCall final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bHttpCall)

public:
    explicit E2bHttpCall(E2bCallSetup setup, QObject *parent = nullptr);
    ~E2bHttpCall() override;

    // Sends the first attempt once back in the event loop.
    void start();

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    QByteArray header(const QByteArray &name) const;
    RetryHints hints() const { return RetryHints::fromHeaders(m_headers); }
    int attempts() const { return m_attempts; }
    // For envd calls that failed with an HTTP answer.
    const ConnectError &connectError() const { return m_connectError; }

signals:
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    void handleFailure(const SpawnError &error, RetryPolicy::Decision decision);
    void stop();

    E2bCallSetup m_setup;
    QPointer<QNetworkReply> m_reply;  // a child of the network manager, which may go first
    QTimer *m_retryTimer;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ConnectError m_connectError;
    int m_status = 0;
    int m_attempts = 0;
    bool m_started = false;
};
