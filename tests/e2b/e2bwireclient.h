// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QHttpMultiPart;

// Plain QNetworkAccessManager requests against the fake E2B server, built
// by hand as E2B's SDK sends them, for tests of the server itself. Each
// call waits for the whole answer (QSignalSpy, no sleeps).
class E2bWireClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        Headers headers;

        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const;
    };
    struct Frame
    {
        quint8 flags = 0;
        QByteArray payload;
    };

    E2bWireClient(const QUrl &server, const QByteArray &apiKey);

    Reply api(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &json = {},
              const QByteArray &apiKey = {});
    // envd through the shared host: routing headers and the access token.
    Reply envd(const QString &sandboxId, const QByteArray &token, const QString &pathAndQuery,
               const QByteArray &contentType, const QByteArray &body, const Headers &extra = {});
    Reply upload(const QString &sandboxId, const QByteArray &token, QHttpMultiPart *multipart);
    // process.Process/Start with one enveloped request; the whole stream.
    Reply start(const QString &sandboxId, const QByteArray &token, const QByteArray &requestJson,
                const Headers &extra = {});
    // The same, left streaming: the caller reads and deletes the reply.
    QNetworkReply *startStreaming(const QString &sandboxId, const QByteArray &token, const QByteArray &requestJson);
    // GET through the port proxy: Host "{port}-{id}.localhost:PORT".
    Reply port(const QString &sandboxId, int port, const QString &path = QStringLiteral("/"), const Headers &extra = {});

    static QByteArray envelope(const QByteArray &json);
    // Cuts a Connect stream body into frames; a trailing partial frame is dropped.
    static QList<Frame> frames(const QByteArray &body);

private:
    QNetworkRequest envdRequest(const QString &sandboxId, const QByteArray &token, const QString &pathAndQuery) const;
    Reply send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, QHttpMultiPart *multipart = nullptr);

    QUrl m_server;
    QByteArray m_apiKey;
    QNetworkAccessManager m_network;
};
