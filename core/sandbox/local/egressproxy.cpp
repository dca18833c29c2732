// SPDX-License-Identifier: MIT
#include "egressproxy.h"

#include "egressconnection.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcEgress, "spawnai.sandbox.egress", QtInfoMsg)
}

EgressProxy::EgressProxy(const EgressAllowList &allowList, QObject *parent)
    : QObject(parent)
    , m_allowList(allowList)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &EgressProxy::acceptConnections);
}

EgressProxy::~EgressProxy() = default;

bool EgressProxy::listen(const QString &socketPath, QString *error)
{
    QLocalServer::removeServer(socketPath);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(socketPath))
        return true;
    *error = m_server->errorString();
    return false;
}

void EgressProxy::close()
{
    m_server->close();
    qDeleteAll(findChildren<EgressConnection *>(Qt::FindDirectChildrenOnly));
}

int EgressProxy::openConnections() const
{
    return int(findChildren<EgressConnection *>(Qt::FindDirectChildrenOnly).size());
}

void EgressProxy::acceptConnections()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        if (openConnections() >= MaxConnections) {
            qCWarning(lcEgress) << "refused a connection: already" << MaxConnections << "open";
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *connection = new EgressConnection(client, &m_allowList, this);
        connect(connection, &EgressConnection::blocked, this, [this](const QString &target, const QString &reason) {
            qCWarning(lcEgress).noquote() << "blocked connection to" << target << "during install:" << reason;
            emit blocked(target, reason);
        });
    }
}
