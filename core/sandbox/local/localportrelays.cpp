// SPDX-License-Identifier: MIT
#include "localportrelays.h"

#include "bwraparguments.h"
#include "portforwarder.h"

LocalPortRelays::LocalPortRelays(const QString &hostSocketDir, AgentRequest request, QObject *parent)
    : QObject(parent)
    , m_hostSocketDir(hostSocketDir)
    , m_request(std::move(request))
{
}

LocalPortRelays::~LocalPortRelays() = default;

void LocalPortRelays::open(const QList<int> &ports)
{
    for (int port : ports) {
        const QString socketName = QStringLiteral("port-%1.sock").arg(port);
        auto *forwarder = new PortForwarder(m_hostSocketDir + u'/' + socketName, this);
        QString error;
        if (!forwarder->listen(&error)) {
            delete forwarder;
            emit failed(SpawnError::system(tr("Cannot open a host port for the app: %1").arg(error)));
            return;
        }
        m_forwarders.insert(port, forwarder);
        ++m_pending;
        m_request({{QStringLiteral("op"), QStringLiteral("forward")},
                   {QStringLiteral("port"), port},
                   {QStringLiteral("socket"), QString(QString::fromLatin1(BwrapLayout::SocketDir) + u'/' + socketName)}},
                  [this](const QJsonObject &event) {
                      if (event.value(u"event").toString() != u"ok")
                          emit failed(SpawnError::system(event.value(u"message").toString()));
                      else if (--m_pending == 0)
                          emit ready();
                  });
    }
}

QUrl LocalPortRelays::url(int port) const
{
    const PortForwarder *forwarder = m_forwarders.value(port);
    if (!forwarder)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(forwarder->hostPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void LocalPortRelays::closeAll()
{
    qDeleteAll(m_forwarders);
    m_forwarders.clear();
    m_pending = 0;
}
