// SPDX-License-Identifier: MIT
#pragma once

#include "connecterror.h"
#include "net/retryinghttpcall.h"

#include <QJsonDocument>

struct E2bCallSetup : HttpCallSetup
{
    enum class Service
    {
        ControlPlane,  // errors {"code": <int>, "message"}
        Envd,          // Connect errors
    };

    Service service = Service::ControlPlane;
    // Only an idempotent call is sent again after a 5xx or a lost connection:
    // a second create could make a second sandbox.
    bool idempotent = true;
    QList<int> acceptedStatuses;  // besides 2xx, e.g. 404 for a kill
};

// One request/answer exchange with E2B (control plane or envd, not a
// stream), attempted again as RetryPolicy allows when the call is
// idempotent. RetryingHttpCall sends and waits; this reads E2B's answers
// and maps its errors. Callers read status(), body() and json() after
// finished(), also after a failure.
class E2bHttpCall final : public RetryingHttpCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bHttpCall)

public:
    explicit E2bHttpCall(E2bCallSetup setup, QObject *parent = nullptr);
    ~E2bHttpCall() override;

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    QByteArray header(const QByteArray &name) const;
    RetryHints hints() const { return RetryHints::fromHeaders(m_headers); }
    // For envd calls that failed with an HTTP answer.
    const ConnectError &connectError() const { return m_connectError; }

protected:
    void beforeAttempt() override;
    void onReadyRead() override;
    void onReplyFinished() override;

private:
    E2bCallSetup m_setup;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ConnectError m_connectError;
    int m_status = 0;
};
