// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>
#include <utility>

class QHttpServerRequest;

// One request and its one answer. A route answers at once or later (a
// start that counts the prompt first); an answer for a client that has
// gone is dropped. Copies share the same answer.
class ApiExchange final
{
public:
    ApiExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket);

    QByteArray method() const { return m_method; }
    // The path's segments, percent-decoded ("/api/v1/sessions/X" → api, v1, sessions, X).
    const QStringList &segments() const { return m_segments; }
    const QUrlQuery &query() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    // Named parts of the route's pattern ({id}, {path}).
    QString parameter(const QString &name) const;
    void setParameters(QList<std::pair<QString, QString>> parameters) { m_parameters = std::move(parameters); }
    bool isAnswered() const { return *m_answered; }
    // Who asked: a digest of the token, for the per-token limits.
    QByteArray client() const { return m_client; }
    void setClient(const QByteArray &client) { m_client = client; }

    void answer(int status, const QByteArray &body, const QByteArray &contentType,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void answerJson(int status, const QJsonDocument &document);
    void answerError(const ApiError &error);

private:
    QByteArray m_method;
    QStringList m_segments;
    QUrlQuery m_query;
    QByteArray m_body;
    QList<std::pair<QString, QString>> m_parameters;
    QByteArray m_client;
    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<bool> m_answered;
};
