// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/egressallowlist.h"

#include <QObject>

class QLocalServer;

// The one way out of a local sandbox while its packages install: an HTTP
// proxy (CONNECT for https, absolute-form requests for http) on a Unix socket
// in the sandbox's socket folder, which the agent relays to a loopback port
// inside. Only the allow-list's hosts are reached; every other request gets
// 403 and is reported by blocked().
class EgressProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressProxy)

public:
    static constexpr int MaxConnections = 64;

    EgressProxy(const EgressAllowList &allowList, QObject *parent = nullptr);
    ~EgressProxy() override;

    bool listen(const QString &socketPath, QString *error);
    // Ends the listener and every open connection.
    void close();
    int openConnections() const;

signals:
    void blocked(const QString &target, const QString &reason);

private:
    void acceptConnections();

    EgressAllowList m_allowList;
    QLocalServer *m_server;
};
