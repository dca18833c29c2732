// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class PendingOperation;
struct SpawnError;

// Finds the SpawnAI host of a data folder for the MCP server: the one that
// <data>/api.json names, while its process lives; when none runs, it starts
// `spawnai serve` in the background, detached, so the apps it starts
// outlive this server, and waits for its api.json.
class HostLocator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostLocator)

public:
    HostLocator(const QString &dataDir, ApiClient *client, QObject *parent = nullptr);
    ~HostLocator() override;

    // Finishes once `client` points at a live host (api.json read again
    // each time, so a restarted host is found), or with the reason none can run.
    PendingOperation *connectToHost();

    // The program started as the host; the running spawnai by default.
    void setHostProgram(const QString &program) { m_program = program; }

private:
    bool readHost();
    void startHost();
    void checkStarted();
    void settleWaiting(const SpawnError &error);

    QString m_dataDir;
    QString m_program;
    ApiClient *m_client;
    QList<QPointer<PendingOperation>> m_waiting;
    QTimer m_poll;
    qint64 m_startedPid = 0;
    int m_pollsLeft = 0;
};
