// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"

#include <QHostAddress>
#include <QObject>

class ApiHost;
class AppContext;
class CliOutput;

// `spawnai serve`: SpawnAI without a window. Holds the data folder's host
// lock, serves the API and runs the sessions it starts until SIGINT or
// SIGTERM; then main stops its apps as the window does on quit.
class ServeCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeCommand)

public:
    ServeCommand(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent = nullptr);
    ~ServeCommand() override;

    // An exit code when it cannot serve; -1 while it serves (it quits the
    // event loop with the exit code later).
    int start();

    // The addresses of --bind (default: 127.0.0.1 and ::1); false with a
    // message for one that is not an address, or not loopback without
    // --allow-remote.
    static bool addresses(const CliArguments &arguments, QList<QHostAddress> *out, QString *message,
                          bool *remote);

private:
    AppContext *m_context;
    CliArguments m_arguments;
    CliOutput *m_output;
    ApiHost *m_host = nullptr;
};
