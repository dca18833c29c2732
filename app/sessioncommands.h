// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"

#include <QObject>
#include <QString>

class AppContext;
class CliOutput;
struct Session;

// `list`, `show`, `stop` and `extend`.
class SessionCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCommands)

public:
    SessionCommands(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent = nullptr);
    ~SessionCommands() override;

    int list();
    int show();
    // Returns an exit code, or -1 while it waits for the owner to stop.
    int stop();
    // Returns an exit code, or -1 while the extension runs.
    int extend();

private:
    // A full id, or a prefix that names exactly one session.
    QString resolve(const QString &idOrPrefix, int *exitCode);
    void reportStopped(const QString &sessionId);
    void startExtension(const QString &sessionId);

    AppContext *m_context;
    CliArguments m_arguments;
    CliOutput *m_output;
};
