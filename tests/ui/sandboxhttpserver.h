// SPDX-License-Identifier: MIT
#pragma once

#include "fakesandboxprovider.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebEnginePage>

#include <memory>

// For the WebEngine tests: what the fake sandbox's app would serve, and a
// way to ask the page something.
// Serves what the fake sandbox was given, as the app's server would, and
// notes each request's path and traffic token.
class SandboxHttpServer final : public QObject
{
public:
    explicit SandboxHttpServer(FakeSandboxProvider *provider)
        : m_provider(provider)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    QByteArray tokenFor(const QByteArray &path) const { return m_tokens.value(path, "(not requested)"); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        QByteArray path = lines.value(0).split(' ').value(1);
        QByteArray token;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("e2b-traffic-access-token:"))
                token = line.mid(line.indexOf(':') + 1).trimmed();
        }
        m_tokens.insert(path, token);
        m_buffers.remove(socket);
        if (path == "/")
            path = "/index.html";
        FakeSandbox *sandbox = m_provider->lastSandbox();
        const QString file = QStringLiteral("/home/user/app") + QString::fromUtf8(path);
        QByteArray status = "200 OK";
        QByteArray body;
        if (sandbox && sandbox->hasWritten(file))
            body = sandbox->writtenContent(file);
        else
            status = "404 Not Found";
        const QByteArray type = path.endsWith(".html") ? "text/html"
            : path.endsWith(".css")                    ? "text/css"
            : path.endsWith(".js")                     ? "text/javascript"
                                                       : "application/octet-stream";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    FakeSandboxProvider *m_provider;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QByteArray> m_tokens;
};

// Runs a script in the page and gives back its result once it comes.
class PageProbe final
{
public:
    explicit PageProbe(QWebEnginePage *page)
        : m_page(page)
        , m_result(std::make_shared<QVariant>())
    {
    }
    QVariant run(const QString &script)
    {
        if (m_page) {
            m_page->runJavaScript(script, [result = m_result](const QVariant &value) { *result = value; });
        }
        return *m_result;
    }

private:
    QPointer<QWebEnginePage> m_page;
    std::shared_ptr<QVariant> m_result;
};

