// SPDX-License-Identifier: MIT
#include "eventclient.h"

#include "eventmessage.h"
#include "roomcommand.h"
#include "store/changefeed.h"
#include "store/sessionchange.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcClient, "spawnai.api.events", QtInfoMsg)

constexpr qint64 MaxIncomingBytes = 64 * 1024;
// How long a closed client may take to answer the close frame.
constexpr std::chrono::milliseconds CloseGrace{1000};
const QString AllRoom = QStringLiteral("*");
} // namespace

EventClient::EventClient(std::unique_ptr<QWebSocket> socket, ChangeFeed *feed, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_feed(feed)
    , m_limits(limits)
    , m_ping(new QTimer(this))
    , m_grace(new QTimer(this))
{
    m_socket->setParent(nullptr);
    m_socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    m_socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventClient::onMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        send(EventMessage::error(tr("Messages are JSON text, not binary")));
    });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        // The client read some: the catch-up may go on.
        if (!m_pumping)
            pump();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &EventClient::finish);
    m_ping->setInterval(m_limits.pingInterval);
    connect(m_ping, &QTimer::timeout, this, &EventClient::onPingTimer);
    m_ping->start();
    m_grace->setSingleShot(true);
    connect(m_grace, &QTimer::timeout, this, [this] {
        m_socket->abort();
        finish();
    });
}

EventClient::~EventClient()
{
    // The socket goes before the timers and rooms it might still signal about.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EventClient::deliver(const SessionChange &change, const QString &message)
{
    if (m_closing)
        return;
    auto room = m_rooms.find(AllRoom);
    const bool all = room != m_rooms.end();
    if (!all)
        room = m_rooms.find(change.sessionId);
    // A room still catching up reads this change from the store.
    if (room == m_rooms.end() || room->catchingUp)
        return;
    const qint64 position = all ? change.id : change.seq;
    if (room->cursor >= 0 && position <= room->cursor)
        return;
    room->cursor = position;
    m_socket->sendTextMessage(message);
    if (!m_closing && m_socket->bytesToWrite() > m_limits.queueBytes) {
        qCWarning(lcClient) << "closing a client that reads too slowly:" << m_socket->bytesToWrite() << "bytes waiting";
        shut(QWebSocketProtocol::CloseCodePolicyViolated,
             tr("Reads too slowly: more than %1 bytes were waiting").arg(m_limits.queueBytes));
    }
}

void EventClient::shut(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_ping->stop();
    m_rooms.clear();
    // A close reason holds at most 123 bytes.
    m_socket->close(code, QString::fromUtf8(reason.toUtf8().left(123)));
    m_grace->start(std::min(CloseGrace, m_limits.pingInterval));
}

void EventClient::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_ping->stop();
    m_grace->stop();
    emit finished();
}

void EventClient::send(const QJsonObject &message)
{
    m_socket->sendTextMessage(QString::fromUtf8(EventMessage::encode(message)));
}

void EventClient::onPingTimer()
{
    if (m_awaitingPong) {
        qCWarning(lcClient) << "closing a client that did not answer a ping";
        shut(QWebSocketProtocol::CloseCodePolicyViolated,
             tr("No answer to a ping within %1 ms").arg(m_limits.pingInterval.count()));
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
}

void EventClient::onMessage(const QString &text)
{
    if (m_closing)
        return;
    RoomCommand::Error error;
    const std::optional<RoomCommand> command = RoomCommand::parse(text.toUtf8(), &error);
    if (!command)
        send(EventMessage::error(error.message, error.field));
    else if (command->type == RoomCommand::Type::Subscribe)
        subscribe(*command);
    else
        unsubscribe(*command);
}

void EventClient::subscribe(const RoomCommand &command)
{
    const QStringList &rooms = command.rooms;
    const bool all = rooms.constFirst() == AllRoom;
    if (!all && m_rooms.contains(AllRoom)) {
        send(EventMessage::error(tr("This connection follows every session (\"*\"): unsubscribe from it first"),
                                 QStringLiteral("sessions")));
        return;
    }
    if (!all && m_rooms.size() + rooms.size() > MaxRooms) {
        send(EventMessage::error(tr("One connection follows at most %1 sessions by id").arg(MaxRooms),
                                 QStringLiteral("sessions")));
        return;
    }
    // `*` holds every session: rooms of single sessions would repeat it.
    if (all)
        m_rooms.clear();
    for (const QString &name : rooms) {
        Room room;
        room.catchingUp = command.after.has_value();
        // Without `after`, a room starts with the next change.
        room.cursor = command.after ? *command.after : (all ? m_feed->position() : -1);
        m_rooms.insert(name, room);
    }
    send(EventMessage::subscribed(QStringLiteral("subscribed"), rooms));
    pump();
}

void EventClient::unsubscribe(const RoomCommand &command)
{
    for (const QString &room : command.rooms)
        m_rooms.remove(room);
    send(EventMessage::subscribed(QStringLiteral("unsubscribed"), command.rooms));
}

void EventClient::pump()
{
    if (m_closing || m_pumping
        || std::none_of(m_rooms.cbegin(), m_rooms.cend(), [](const Room &room) { return room.catchingUp; }))
        return;
    m_pumping = true;
    // Half the limit: a page read now never pushes a client that keeps up
    // past it; the rest follows as it reads.
    const qint64 highWater = m_limits.queueBytes / 2;
    const QStringList names = m_rooms.keys();
    for (const QString &name : names) {
        while (!m_closing && m_socket->bytesToWrite() < highWater) {
            auto room = m_rooms.find(name);
            if (room == m_rooms.end() || !room->catchingUp)
                break;
            ChangeQuery query;
            query.limit = PageSize;
            if (name == AllRoom) {
                query.afterId = room->cursor;
            } else {
                query.sessionId = name;
                query.afterSeq = room->cursor;
            }
            // Bounded by the feed's position: what comes after it arrives
            // through deliver(), once this room is live.
            const ChangePage page = m_feed->changes(query);
            if (page.gap)
                send(EventMessage::gap(name, room->cursor));
            for (const SessionChange &change : page.changes) {
                room->cursor = name == AllRoom ? change.id : change.seq;
                send(EventMessage::fromChange(change));
            }
            if (!page.more)
                room->catchingUp = false;
        }
    }
    m_pumping = false;
}
