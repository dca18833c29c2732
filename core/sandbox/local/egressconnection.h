// SPDX-License-Identifier: MIT
#pragma once

#include "egressrequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class EgressAllowList;
class QHostInfo;
class QLocalSocket;
class QTcpSocket;
class QTimer;

// One connection to the install proxy from inside a sandbox: reads and
// checks its request head, connects to the allowed host on the host's side,
// then pipes bytes both ways until either end closes. Deletes itself.
class EgressConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressConnection)

public:
    static constexpr int HeadTimeoutMs = 10000;
    static constexpr int ConnectTimeoutMs = 15000;
    static constexpr int IdleTimeoutMs = 120000;

    EgressConnection(QLocalSocket *client, const EgressAllowList *allowList, QObject *parent);
    ~EgressConnection() override;

    // False for this machine, private networks and the like: where a
    // registry's name must never lead.
    static bool isPublicAddress(const QHostAddress &address);

signals:
    // host:port and why, for the log and the install's output.
    void blocked(const QString &target, const QString &reason);

private:
    void readHead();
    void onResolved(const QHostInfo &info);
    void connectNext();
    void onUpstreamConnected();
    void refuse(int code, const QByteArray &reason, const QString &why = {});
    void close();

    QLocalSocket *m_client;
    const EgressAllowList *m_allowList;
    QTcpSocket *m_upstream = nullptr;
    QTimer *m_timer;
    QByteArray m_buffer;
    EgressRequest m_request;
    QList<QHostAddress> m_addresses;
    int m_lookupId = -1;
    bool m_piping = false;
    bool m_refused = false;
};
