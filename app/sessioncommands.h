// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"
#include "workflow/cloudsandboxstop.h"

#include <QObject>
#include <QPointer>
#include <QString>

class AppContext;
class CliOutput;
struct Session;

// `list`, `show`, `stop`, `extend` and `delete`.
class SessionCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCommands)

public:
    SessionCommands(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent = nullptr);
    ~SessionCommands() override;

    int list();
    int show();
    // Returns an exit code, or -1 while it waits for the owner to stop it,
    // or for E2B to confirm its sandbox is gone.
    int stop();
    // Returns an exit code, or -1 while the extension runs.
    int extend();
    // `delete ID [--purge]`: stop() (same waits and exit codes), then with
    // --purge the session is erased but for its costs.
    int remove();

private:
    // A full id, or a prefix that names exactly one session.
    QString resolve(const QString &idOrPrefix, int *exitCode);
    void reportStopped(const QString &sessionId);
    // The session has ended: says so (stop, delete), or purges it first.
    void stopped(const QString &sessionId);
    void removeEnvironment(const QString &sessionId);
    // No process runs the session any more: ends the cloud sandboxes it may
    // still have, then the session.
    void endHere(const QString &sessionId);
    void giveUp(const QString &sessionId);
    void startExtension(const QString &sessionId);

    AppContext *m_context;
    CliArguments m_arguments;
    CliOutput *m_output;
    QPointer<CloudSandboxStop> m_stopping;
    bool m_ending = false;
    bool m_deleting = false;
    bool m_environmentRemoved = false;
};
