// SPDX-License-Identifier: MIT
#include "eventfollowers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSocketNotifier>
#include <QWebSocket>

#include <cstdio>
#include <unistd.h>

namespace {
constexpr int UntilTimeoutMs = 60000;
} // namespace

int EventFollowers::run(const QStringList &args)
{
    EventFollowers followers(QUrl(args.value(2)), args.value(3).toLatin1(), args.value(4).toInt(),
                             args.value(5).toLongLong());
    return QCoreApplication::exec();
}

EventFollowers::EventFollowers(const QUrl &url, const QByteArray &token, int count, qint64 after)
    : m_input(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_input, &QSocketNotifier::activated, this, &EventFollowers::onInput);
    m_untilTimer.setInterval(20);
    connect(&m_untilTimer, &QTimer::timeout, this, &EventFollowers::checkUntil);
    QUrl rooms = url;
    rooms.setScheme(QStringLiteral("ws"));
    rooms.setPath(QStringLiteral("/api/v1/events"));
    QJsonObject subscribe{{QStringLiteral("type"), QStringLiteral("subscribe")},
                          {QStringLiteral("sessions"), QJsonArray{QStringLiteral("*")}}};
    if (after >= 0)
        subscribe.insert(u"after", after);
    const QString subscribeText = QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact));
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Client>();
        client->socket = std::make_unique<QWebSocket>();
        Client *c = client.get();
        connect(c->socket.get(), &QWebSocket::connected, this, [c, subscribeText] {
            c->socket->sendTextMessage(subscribeText);
        });
        // The arrival first: what follows is this process's own time.
        connect(c->socket.get(), &QWebSocket::textMessageReceived, this, [this, c](const QString &text) {
            c->messages.append({QDateTime::currentMSecsSinceEpoch(), text});
            if (!c->subscribed && text.contains(u"\"type\":\"subscribed\"")) {
                c->subscribed = true;
                onResolved();
            }
        });
        connect(c->socket.get(), &QWebSocket::disconnected, this, [this, c] {
            c->closed = true;
            onResolved();
        });
        QNetworkRequest request(rooms);
        request.setRawHeader("Authorization", "Bearer " + token);
        c->socket->open(request);
        m_clients.push_back(std::move(client));
    }
}

EventFollowers::~EventFollowers()
{
    for (const auto &client : m_clients)
        client->socket->disconnect(this);
}

void EventFollowers::print(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void EventFollowers::onResolved()
{
    if (m_ready)
        return;
    int subscribed = 0;
    int closed = 0;
    for (const auto &client : m_clients) {
        subscribed += client->subscribed && !client->closed ? 1 : 0;
        closed += client->closed ? 1 : 0;
    }
    if (subscribed + closed < int(m_clients.size()))
        return;
    m_ready = true;
    print("subscribed " + QByteArray::number(subscribed) + " closed " + QByteArray::number(closed));
    nextCommand();
}

void EventFollowers::onInput()
{
    char chunk[4096];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got <= 0) {
        m_input->setEnabled(false);
        m_commands.append("quit");
    } else {
        m_buffer.append(chunk, got);
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_commands.append(m_buffer.left(end).trimmed());
            m_buffer.remove(0, end + 1);
        }
    }
    nextCommand();
}

void EventFollowers::nextCommand()
{
    if (!m_ready || m_busy || m_commands.isEmpty())
        return;
    const QByteArray command = m_commands.takeFirst();
    if (command.startsWith("until ")) {
        m_busy = true;
        m_until = command.mid(6).toLongLong();
        m_untilClock.start();
        m_untilTimer.start();
        checkUntil();
        return;
    }
    if (command.startsWith("dump ")) {
        QFile out(QString::fromUtf8(command.mid(5)));
        if (out.open(QIODevice::WriteOnly)) {
            for (size_t i = 0; i < m_clients.size(); ++i) {
                const QByteArray prefix = QByteArray::number(qulonglong(i)) + '\t';
                for (const auto &[at, text] : m_clients[i]->messages)
                    out.write(prefix + QByteArray::number(at) + '\t' + text.toUtf8() + '\n');
            }
        }
        print(out.error() == QFile::NoError ? "dumped" : "dump failed");
    } else if (command == "quit") {
        QCoreApplication::quit();
        return;
    }
    nextCommand();
}

int EventFollowers::reachedCount() const
{
    int reached = 0;
    for (const auto &client : m_clients) {
        if (!client->subscribed || client->messages.isEmpty())
            continue;
        const QJsonObject last = QJsonDocument::fromJson(client->messages.constLast().second.toUtf8()).object();
        reached += last.value(u"id").toInteger(-1) >= m_until ? 1 : 0;
    }
    return reached;
}

void EventFollowers::checkUntil()
{
    int served = 0;
    for (const auto &client : m_clients)
        served += client->subscribed ? 1 : 0;
    const int reached = reachedCount();
    if (reached < served && m_untilClock.elapsed() < UntilTimeoutMs)
        return;
    m_untilTimer.stop();
    m_busy = false;
    print("reached " + QByteArray::number(reached) + " of " + QByteArray::number(served));
    nextCommand();
}
