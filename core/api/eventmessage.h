// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct SessionChange;

// What the WebSocket rooms and GET /sessions/{id}/events send (docs/api.md,
// WebSocket rooms): a change of the feed as the seed's notifySessionUpdate
// shaped it, its payload flat beside type, session, seq, id and time.
class EventMessage final
{
public:
    static QJsonObject fromChange(const SessionChange &change);
    // Catch-up found changes removed by retention right after `after`.
    static QJsonObject gap(const QString &room, qint64 after);
    static QJsonObject subscribed(const QString &type, const QStringList &rooms);
    // A client message that was not understood; the connection stays.
    static QJsonObject error(const QString &message, const QString &field = {});
    static QByteArray encode(const QJsonObject &message);
};
