// SPDX-License-Identifier: MIT
#pragma once

#include "deploystep.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class CommandRun;
class Sandbox;

// Watches an app after its deployment succeeded: the background command
// (the app, or a script's page server) keeps running under this object.
// The Deployer's finished() is its last word; everything the app does later
// is reported here. stop() or destroying the supervisor stops the app.
class AppSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSupervisor)

public:
    // Takes `run` over; the deployment has already stopped listening to it.
    AppSupervisor(Sandbox *sandbox, CommandRun *run, QObject *parent = nullptr);
    ~AppSupervisor() override;

    // Null after stop() and once the sandbox is gone.
    CommandRun *run() const { return m_run; }
    bool isRunning() const;

    // Stops the app without reporting exited().
    void stop();
    // Lets go of the app without touching it: it dies with its sandbox,
    // and calling into a half-destroyed provider would crash.
    void abandon();

signals:
    // The app's output, for the session log.
    void output(LogStream stream, const QByteArray &data);
    // The app ended by itself.
    void exited(int exitCode);

private:
    void onFinished();

    QPointer<CommandRun> m_run;
};
