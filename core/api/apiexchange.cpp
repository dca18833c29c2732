// SPDX-License-Identifier: MIT
#include "apiexchange.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QUrl>

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

ApiExchange::ApiExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_method(methodName(request.method()))
    , m_query(request.query())
    , m_body(request.body())
    , m_responder(std::make_shared<QHttpServerResponder>(std::move(responder)))
    , m_socket(socket)
    , m_answered(std::make_shared<bool>(false))
{
    // Segments are split before decoding, so an encoded "/" (%2F) stays
    // inside its segment, where the file-path check sees it.
    const QString path = request.url().path(QUrl::FullyEncoded);
    const QStringList raw = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : raw)
        m_segments << QUrl::fromPercentEncoding(segment.toLatin1());
}

QString ApiExchange::parameter(const QString &name) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == name)
            return value;
    }
    return {};
}

void ApiExchange::answer(int status, const QByteArray &body, const QByteArray &contentType,
                         const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (std::exchange(*m_answered, true) || !m_socket || !m_socket->isOpen())
        return;
    // QHttpServerResponder's header lists are fixed at compile time in Qt
    // 6.4; the answer is written piece by piece instead.
    QHttpServerResponder &responder = *m_responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeBody(body);
}

void ApiExchange::answerJson(int status, const QJsonDocument &document)
{
    answer(status, document.toJson(QJsonDocument::Compact), "application/json");
}

void ApiExchange::answerError(const ApiError &error)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (error.retryAfterSeconds > 0)
        headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(error.retryAfterSeconds)));
    if (error.status == 401)
        headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    answer(error.status, QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact), "application/json", headers);
}
