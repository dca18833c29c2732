// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiinfo.h"
#include "cliarguments.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class CliOutput;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// `spawn --detach`, `redeploy --detach`, `stop` and `extend` through the
// data folder's running host (api.json and api-token): one request, the
// answer printed, and back at once (`stop` waits, as the foreground one
// does, up to 15 s for the run to end).
class HostClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostClient)

public:
    HostClient(const CliArguments &arguments, CliOutput *output, ApiInfo host, const QByteArray &token,
               QObject *parent = nullptr);
    ~HostClient() override;

    // The host of `dataDir` when one holds its lock and has written api.json.
    static std::optional<ApiInfo> running(const QString &dataDir);
    // Whether `arguments` go through a host when one runs.
    static bool wants(const CliArguments &arguments);

    // Returns -1: it quits the event loop with the exit code later.
    int start();

private:
    void withSessionId(const std::function<void(const QString &id)> &then);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const std::function<void(const QJsonObject &answer)> &done);
    // ExitCode::Ok, or the exit code (the error printed) when the request
    // cannot be made.
    int spawnBody(QJsonObject *body);
    int folderBody(QJsonObject *body);
    void waitUntilStopped(const QString &path, const QJsonObject &session);
    void report(const QJsonObject &session);
    void finish(int exitCode);

    CliArguments m_arguments;
    CliOutput *m_output;
    ApiInfo m_host;
    QByteArray m_token;
    QNetworkAccessManager *m_network;
    QTimer *m_poll;
    QElapsedTimer m_stopClock;

    static constexpr std::chrono::milliseconds StopPollInterval{200};
    static constexpr std::chrono::milliseconds StopWait{15000};
};
