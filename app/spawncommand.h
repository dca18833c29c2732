// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"
#include "session/sessionstatus.h"

#include <QObject>

class AppContext;
class CliOutput;
class SessionRunner;
struct LaunchRequest;

// `spawn` and `redeploy`: runs one session in the foreground, reports every
// step, and keeps the app up until Ctrl-C, SIGTERM, a stop from another
// process or expiry, then cleans up and quits the event loop.
class SpawnCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpawnCommand)

public:
    SpawnCommand(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent = nullptr);
    ~SpawnCommand() override;

    // Returns an exit code when it cannot start; -1 when it runs on and will
    // quit the event loop with its exit code later.
    int start();

private:
    // After the checks of start(): spawns or redeploys; an exit code, or -1
    // while the session runs.
    int begin();
    void launch(const LaunchRequest &request);
    void readFollowUps();
    void watch(SessionRunner *runner);
    // The run let its cloud sandbox go to be stopped: the session ends once
    // E2B confirms it, at most 15 s from now (then exit 5, as `stop`).
    // False when no such Stop is under way.
    bool waitForStop(const QString &sessionId);
    void finish(int exitCode);

    AppContext *m_context;
    CliArguments m_arguments;
    CliOutput *m_output;
    QString m_sessionId;
    QByteArray m_pendingInput;
};
