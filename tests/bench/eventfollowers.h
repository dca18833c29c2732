// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class QSocketNotifier;
class QWebSocket;

// bench_events' child: `bench_events --clients URL TOKEN N AFTER` opens N
// QWebSockets on the host's rooms, each subscribed to `*` (with `after`
// unless AFTER is negative), and keeps every message it gets with its
// arrival time (wall clock, ms). Talks to the parent in lines: once every
// client is subscribed or closed it prints "subscribed S closed C"; then
// it reads commands on stdin:
//   until ID   waits (at most 60 s) until every served client has an event
//              with that id or later, then prints "reached K of S"
//   dump PATH  writes "client<TAB>ms<TAB>message" lines, prints "dumped"
//   quit       (or the end of stdin) exits.
class EventFollowers final : public QObject
{
public:
    static int run(const QStringList &args);

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        QList<std::pair<qint64, QString>> messages;
        bool subscribed = false;
        bool closed = false;
    };

    EventFollowers(const QUrl &url, const QByteArray &token, int count, qint64 after);
    ~EventFollowers() override;
    void onResolved();
    void onInput();
    void nextCommand();
    void checkUntil();
    int reachedCount() const;
    static void print(const QByteArray &line);

    std::vector<std::unique_ptr<Client>> m_clients;
    QSocketNotifier *m_input;
    QByteArray m_buffer;
    QList<QByteArray> m_commands;
    bool m_ready = false;
    bool m_busy = false;
    qint64 m_until = -1;
    QTimer m_untilTimer;
    QElapsedTimer m_untilClock;
};
