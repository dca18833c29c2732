// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads a command line the way /bin/sh splits it, as far as that can be
// known without running it: quotes, backslashes, "&&", "||", ";", "|", "&",
// redirections and comments. EntryPointCheck uses it to find what a start
// command runs; nothing here ever builds or runs a command.
class ShellCommandLine final
{
public:
    // One simple command of a line: its words, and whether it depends on
    // the shell ($variables, $(...), backquotes, globs, subshells), so that
    // what it runs cannot be known from the text.
    struct Command
    {
        QStringList words;
        bool opaque = false;
    };

    // "cd api && PORT=1 node server.js 2>&1 | tee log" ->
    // {cd api} {PORT=1 node server.js} {tee log}. Redirections and their
    // targets are dropped.
    static QList<Command> split(const QString &line);
};
