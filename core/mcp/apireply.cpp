// SPDX-License-Identifier: MIT
#include "apireply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

namespace {
Q_LOGGING_CATEGORY(lcApiReply, "spawnai.mcp.api")

SpawnError errorFromBody(const QJsonObject &body, int status, QString *field)
{
    const QJsonObject error = body.value(u"error").toObject();
    QString message = error.value(u"message").toString();
    if (message.isEmpty())
        message = QCoreApplication::translate("ApiReply", "The SpawnAI host answered HTTP %1").arg(status);
    *field = error.value(u"field").toString();
    const bool recoverable = error.value(u"recoverable").toBool(status == 429 || status >= 500);
    switch (errorKindFromString(error.value(u"kind").toString())) {
    case ErrorKind::User:
        return SpawnError{ErrorKind::User, message, recoverable};
    case ErrorKind::Resource:
        return SpawnError{ErrorKind::Resource, message, recoverable};
    case ErrorKind::System:
        return SpawnError::system(message, recoverable);
    case ErrorKind::Api:
    case ErrorKind::None:
        break;
    }
    return SpawnError::api(message, recoverable);
}
} // namespace

ApiReply::ApiReply(QNetworkReply *reply, QObject *parent)
    : AsyncOperation(parent)
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
}

ApiReply::~ApiReply() = default;

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(m_body).object();
}

void ApiReply::abortWork()
{
    // The request itself goes on: a POST the host already took cannot be
    // called back by closing the socket, and ApiClient counts it until it
    // ends. Only this handle stops listening.
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
}

void ApiReply::onFinished()
{
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = m_reply->readAll();
    if (m_httpStatus == 0) {
        m_unreachable = true;
        qCInfo(lcApiReply) << "host unreachable:" << m_reply->errorString();
        finishWithError(SpawnError::system(
            QCoreApplication::translate("ApiReply", "The SpawnAI host did not answer (%1)").arg(m_reply->errorString()),
            true));
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        finishSuccess();
        return;
    }
    finishWithError(errorFromBody(json(), m_httpStatus, &m_errorField));
}
