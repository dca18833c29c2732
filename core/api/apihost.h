// SPDX-License-Identifier: MIT
#pragma once

#include "eventclient.h"
#include "inforoutes.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiServer;
class HostLock;
class PendingOperation;
class SecretStore;

// The one host of a data folder: holds <data>/host.lock, makes sure the
// API token exists, serves the REST API and its WebSocket rooms (EventHub)
// and writes <data>/api.json while it serves. `spawnai serve` and the window (Settings > Automation) each run one.
class ApiHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHost)

public:
    struct Options
    {
        QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
        quint16 port = 0;  // 0: any free port
        QStringList allowedOrigins;
    };

    ApiHost(const QString &dataDir, InfoRoutes::Sources sources, SecretStore *secrets, QObject *parent = nullptr);
    ~ApiHost() override;

    // Takes the lock (a refusal at once when another host holds it, whose
    // pid holderPid() says), the token, then listens. Finishes once it
    // serves, or with why not. Owned by this host.
    PendingOperation *start(const Options &options);
    void stop();
    bool isServing() const;
    QUrl url() const;
    qint64 holderPid() const { return m_holderPid; }
    // Why the last start did not serve, in words for the user; empty while
    // serving or before any start.
    QString problem() const { return m_problem; }
    ApiServer *server() const { return m_server; }
    void setAllowedOrigins(const QStringList &origins);

    // Loopback addresses only, unless the caller allowed others.
    static bool isLoopbackOnly(const QList<QHostAddress> &addresses);

signals:
    void servingChanged();

private:
    void listen(PendingOperation *operation, const Options &options);
    static EventClient::Limits eventLimits();
    static int maxEventClients();

    QString m_dataDir;
    InfoRoutes::Sources m_sources;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<HostLock> m_lock;
    ApiServer *m_server = nullptr;
    qint64 m_holderPid = 0;
    QString m_problem;
};
