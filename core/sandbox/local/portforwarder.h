// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QTcpServer;

// Listens on an ephemeral port of the host's 127.0.0.1 and pipes every
// connection to the Unix socket where the sandbox agent relays to the app.
class PortForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortForwarder)

public:
    PortForwarder(const QString &socketPath, QObject *parent = nullptr);
    ~PortForwarder() override;

    bool listen(QString *error);
    quint16 hostPort() const;

private:
    void acceptConnections();

    QString m_socketPath;
    QTcpServer *m_server;
};
