// SPDX-License-Identifier: MIT
#include "eventhub.h"

#include "apierror.h"
#include "apiserver.h"
#include "eventmessage.h"
#include "store/changefeed.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QWebSocket>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcHub, "spawnai.api.events", QtInfoMsg)
} // namespace

EventHub::EventHub(ApiServer *server, ChangeFeed *feed, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_feed(feed)
{
    connect(server, &ApiServer::newWebSocketConnection, this, &EventHub::onNewConnection);
    // Listening from the start keeps the feed's position, the bound of
    // every catch-up read, moving with what has been handed out.
    connect(feed, &ChangeFeed::changed, this, &EventHub::onChange);
}

EventHub::~EventHub()
{
    qDeleteAll(m_clients);
}

int EventHub::clientCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const EventClient *client) { return !client->isClosing(); }));
}

void EventHub::onNewConnection()
{
    while (m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server->nextPendingWebSocketConnection();
        if (!socket || !m_feed)
            continue;
        const QNetworkRequest request = socket->request();
        // The handshake passed these rules; the upgraded socket's own copy
        // of the request is checked too, before anything is sent on it.
        const std::optional<ApiError> refusal = m_server->webSocketRefusal(
            request.url().path(), request.rawHeader("Host"), request.rawHeader("Origin"),
            request.rawHeader("Authorization"), request.rawHeader("Sec-WebSocket-Protocol"));
        const bool full = clientCount() >= m_maxClients;
        auto *client = new EventClient(std::move(socket), m_feed, m_limits, this);
        m_clients.append(client);
        connect(client, &EventClient::finished, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
        });
        if (refusal) {
            client->shut(QWebSocketProtocol::CloseCodePolicyViolated, refusal->error.message);
        } else if (full) {
            qCWarning(lcHub) << "refusing a WebSocket client:" << m_maxClients << "are connected";
            client->shut(CloseTryAgainLater,
                         tr("At most %1 WebSocket clients: try again later").arg(m_maxClients));
        }
    }
}

void EventHub::onChange(const SessionChange &change)
{
    // A copy: a client that closes while it is given the change leaves the
    // list only later (finished() after its socket went), but be safe.
    const QList<EventClient *> clients = m_clients;
    if (clients.isEmpty())
        return;
    // Once for all: with 100 clients, building and encoding the message for
    // each was most of what a change cost the host (docs/benchmarks.md).
    const QString message = QString::fromUtf8(EventMessage::encode(EventMessage::fromChange(change)));
    for (EventClient *client : clients)
        client->deliver(change, message);
}
