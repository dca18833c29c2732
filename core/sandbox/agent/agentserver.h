// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QProcess;
class QSocketNotifier;
class AgentEgress;
class AgentRelay;

// Reads one JSON request per line from stdin and answers with JSON events on
// stdout. Every request carries an id that its events repeat.
class AgentServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentServer)

public:
    explicit AgentServer(QObject *parent = nullptr);
    ~AgentServer() override;

    bool start();

private:
    void readRequests();
    void handle(const QJsonObject &request);
    void exec(qint64 id, const QJsonObject &request);
    void kill(qint64 id, const QJsonObject &request);
    void write(qint64 id, const QJsonObject &request);
    void forward(qint64 id, const QJsonObject &request);
    void diskUsage(qint64 id, const QJsonObject &request);
    void openEgress(qint64 id, const QJsonObject &request);
    void closeEgress(qint64 id);
    void send(QJsonObject event);
    void sendError(qint64 id, const QString &message);

    QSocketNotifier *m_stdinNotifier = nullptr;
    QByteArray m_inbox;
    QHash<qint64, QProcess *> m_processes;
    QList<AgentRelay *> m_relays;
    AgentEgress *m_egress = nullptr;  // while packages install
};
