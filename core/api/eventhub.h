// SPDX-License-Identifier: MIT
#pragma once

#include "eventclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>

class ApiServer;
class ChangeFeed;
struct SessionChange;

// The WebSocket rooms of the API (docs/api.md, WebSocket rooms): takes the
// upgraded connections of ApiServer's port, checks each once more (path,
// Host, Origin, token) before anything is sent, keeps at most 64 (ApiHost
// lets a benchmark set more), and hands every change of the feed to each of
// them in id order, encoded once for all.
class EventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    static constexpr int MaxClients = 64;
    // RFC 6455's registry: "Try Again Later" (Qt 6.4 has no name for it).
    static constexpr auto CloseTryAgainLater = QWebSocketProtocol::CloseCode(1013);

    // `feed` outlives the hub (the store owns it).
    EventHub(ApiServer *server, ChangeFeed *feed, QObject *parent = nullptr);
    ~EventHub() override;

    // The ping interval and the queue limit, shorter for tests (docs/api.md).
    void setLimits(const EventClient::Limits &limits) { m_limits = limits; }
    // Another cap than MaxClients, for benchmarks (docs/api.md); at least 1.
    void setMaxClients(int maxClients) { m_maxClients = std::max(1, maxClients); }
    int maxClients() const { return m_maxClients; }
    int clientCount() const;

private:
    void onNewConnection();
    void onChange(const SessionChange &change);

    ApiServer *m_server;
    QPointer<ChangeFeed> m_feed;
    EventClient::Limits m_limits;
    int m_maxClients = MaxClients;
    QList<EventClient *> m_clients;
};
