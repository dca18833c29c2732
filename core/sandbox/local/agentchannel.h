// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

class QProcess;

// Talks to the agent inside a sandbox over bubblewrap's stdin and stdout:
// one JSON object per line each way (docs/local-sandbox.md).
class AgentChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentChannel)

public:
    explicit AgentChannel(QProcess *process, QObject *parent = nullptr);
    ~AgentChannel() override;

    // Sends `request` with a fresh id and returns that id.
    qint64 send(QJsonObject request);

signals:
    void agentReady();
    void agentEvent(qint64 id, const QJsonObject &event);

private:
    void readEvents();

    QProcess *m_process;
    QByteArray m_inbox;
    qint64 m_nextId = 1;
};
