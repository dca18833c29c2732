// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"
#include "store/sessionevent.h"

#include <QCoreApplication>
#include <QString>

// The words the window uses for sessions: statuses, app types, sandbox
// kinds and timeline entries. Kept in one place so every view says the same.
class SessionText final
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)

public:
    // What the session is called in lists and headings: its prompt, else its
    // template, else its id.
    static QString title(const Session &session);
    static QString status(SessionStatus status);
    static QString appType(AppType type);
    static QString sandboxKind(SandboxKind kind);
    // "Web app · Local sandbox"
    static QString details(const Session &session);
    // One line of the timeline ("Provisioning → Deploying: deploying 4 files").
    static QString event(const SessionEvent &event);
    // `message` with the session's id replaced by its title in quotes
    // ("Session 2410fefd-… has no stored app" -> "The session “a clock” has
    // no stored app"): the core's words name ids for the command line.
    static QString withoutId(const QString &message, const Session &session);
    // A file or folder name for an export from what the app is called
    // ("Pomodoro Timer" -> "pomodoro-timer"); "app" when nothing is left.
    static QString fileName(const QString &title);
    // "static-site" -> "Static site"
    static QString templateTitle(const QString &name);
    // A one-line description of a template, from its manifest, else from
    // what SpawnAI knows about the shipped ones, else from its app type.
    static QString templateDescription(const QString &name, const QString &manifestDescription, AppType type);
};
