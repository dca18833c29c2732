// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>

class QNetworkReply;

// One call to the host's REST API. Succeeds on a 2xx answer; otherwise
// error() holds the host's {error:{kind,message,recoverable}} as a
// SpawnError (or a plain sentence when the host could not be reached), and
// errorField() the field the host named, if any.
class ApiReply final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    // Takes over `reply`; the reply stays alive until the host answers even
    // when this handle goes first, so ApiClient can count what is on the wire.
    explicit ApiReply(QNetworkReply *reply, QObject *parent = nullptr);
    ~ApiReply() override;

    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    QString errorField() const { return m_errorField; }
    // The host could not be reached at all (refused, reset, timed out).
    bool unreachable() const { return m_unreachable; }

protected:
    void abortWork() override;

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    int m_httpStatus = 0;
    QByteArray m_body;
    QString m_errorField;
    bool m_unreachable = false;
};
