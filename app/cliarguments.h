// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxkind.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The command line, parsed. No command means: open the desktop app.
struct CliArguments
{
    QString command;  // spawn, list, show, diff, stop, extend, redeploy, costs, delete, serve, token, mcp, models, secret; empty for the GUI
    QString sessionId;
    QString prompt;  // spawn "PROMPT": the model writes the app
    QStringList images;  // spawn "PROMPT" --image FILE, repeatable
    QString appType = QStringLiteral("auto");
    QString provider = QStringLiteral("anthropic");
    QString model;
    QString baseUrl;
    bool interactive = false;
    bool purge = false;  // delete: erase the session too, keeping its costs
    QString templateName;
    QString fromDir;
    SandboxKind sandboxKind = SandboxKind::Local;
    QString plan;      // empty: E2B_PLAN, else the settings
    QString logLevel;  // empty: LOG_LEVEL, else warning (info in the window)
    QString dataDir;
    bool json = false;
    bool internet = false;
    int timeoutSeconds = 0;
    int limit = 50;
    int minutes = 0;  // extend: 0 for one step of the default lifetime past the end
    QString since;  // costs: YYYY-MM-DD, empty for the default period
    QString until;
    QString budgetMonth;  // USD; empty: SPAWNAI_BUDGET_MONTH, else the settings
    QString budgetSession;
    // serve: where the API listens; a non-loopback address needs allowRemote.
    int port = 0;
    QString bind;
    bool allowRemote = false;
    bool rotate = false;  // token --rotate
    bool local = false;   // models --local
    // spawn, redeploy: through the running host, returning at once.
    bool detach = false;
    // list: only the session ids, or only the template names, one per line
    // (for shell completion; no sweep, no keychain).
    bool ids = false;
    bool templates = false;
    // diff: the two version numbers given (none, A, or A and B); --stat.
    QList<int> versions;
    bool stat = false;
    // spawn: --env NAME=VALUE or NAME (the value from this environment),
    // --env-from-keychain NAME (saved by `secret set NAME`); repeatable.
    QStringList env;
    QStringList envFromKeychain;
    // spawn, redeploy: --allow-scripts NAME[,NAME...]; repeatable. Packages
    // whose npm install scripts or pip source builds may run.
    QStringList allowScripts;
    // secret set|remove NAME: the action is in sessionId's place.
    QString secretName;

    // The flags RuntimeOverrides weighs against the environment and the
    // settings, by name ("--plan", "--timeout", ...); only those given.
    QHash<QString, QString> overrideFlags() const;
};

// Exit codes, documented in docs/cli.md.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int SessionFailed = 1;
constexpr int Usage = 2;
constexpr int NotFound = 3;
constexpr int Unavailable = 4;
// `stop`: the cloud did not confirm the kill; the sandbox still runs (and bills).
constexpr int StillRunning = 5;
}

class CliParser final
{
public:
    // Returns false and fills `message` when the arguments are wrong; sets
    // `exitNow` (with the text to print) for --help and --version.
    static bool parse(const QStringList &arguments, CliArguments *out, QString *message, bool *exitNow);
    static bool isCliInvocation(const QStringList &arguments);
    static QString helpText();
};
