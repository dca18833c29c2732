// SPDX-License-Identifier: MIT
#include "cliarguments.h"

#include <QCoreApplication>

namespace {
const QStringList Commands{QStringLiteral("spawn"), QStringLiteral("list"), QStringLiteral("show"),
                           QStringLiteral("stop"), QStringLiteral("redeploy")};

QString tr(const char *text)
{
    return QCoreApplication::translate("CliParser", text);
}

bool takeValue(const QStringList &args, qsizetype &i, QString *value, QString *message)
{
    const QString &arg = args.at(i);
    if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
        *value = arg.mid(eq + 1);
        return true;
    }
    if (i + 1 >= args.size()) {
        *message = tr("%1 needs a value").arg(arg);
        return false;
    }
    *value = args.at(++i);
    return true;
}

bool optionIs(const QString &arg, const char *name)
{
    const QString option = QLatin1String(name);
    return arg == option || arg.startsWith(option + u'=');
}
} // namespace

bool CliParser::isCliInvocation(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (Commands.contains(arg) || arg == u"--help" || arg == u"-h" || arg == u"--version" || arg == u"-v")
            return true;
    }
    return false;
}

QString CliParser::helpText()
{
    return tr("Usage: spawnai [--data-dir DIR] [COMMAND] [OPTIONS]\n"
              "\n"
              "Without a command, opens the SpawnAI desktop app.\n"
              "\n"
              "Commands:\n"
              "  spawn --template NAME      Deploy a starter template (static-site, express-api, python-script)\n"
              "  spawn --from-dir DIR       Deploy a folder that has a spawnai.json\n"
              "  list                       List sessions, newest first\n"
              "  show ID                    Show a session, its timeline and the end of its log\n"
              "  stop ID                    Stop a running session\n"
              "  redeploy ID                Deploy a session's stored files again\n"
              "\n"
              "spawn and redeploy stay in the foreground while the app runs; Ctrl-C stops it.\n"
              "\n"
              "Options:\n"
              "  --sandbox local|e2b        Where the app runs (default: local)\n"
              "  --internet                 Let the app reach the internet (default: off)\n"
              "  --timeout SECONDS          Sandbox lifetime (default: the plan's, 1 hour for hobby)\n"
              "  --plan hobby|pro           The plan whose limits apply (default: hobby)\n"
              "  --limit N                  How many sessions list shows (default: 50)\n"
              "  --json                     Machine-readable output: one JSON object per line\n"
              "  --data-dir DIR             Where the history lives (also SPAWNAI_DATA_DIR)\n"
              "  -h, --help                 Show this help\n"
              "  -v, --version              Show the version\n"
              "\n"
              "Exit codes: 0 ok, 1 the session failed, 2 wrong usage, 3 not found, 4 cannot run here.\n");
}

bool CliParser::parse(const QStringList &arguments, CliArguments *out, QString *message, bool *exitNow)
{
    *exitNow = false;
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help") {
            *message = helpText();
            *exitNow = true;
            return true;
        }
        if (arg == u"-v" || arg == u"--version") {
            *message = QStringLiteral("spawnai %1\n").arg(QCoreApplication::applicationVersion());
            *exitNow = true;
            return true;
        }
        if (arg == u"--json") {
            out->json = true;
        } else if (arg == u"--internet") {
            out->internet = true;
        } else if (optionIs(arg, "--template")) {
            if (!takeValue(arguments, i, &out->templateName, message))
                return false;
        } else if (optionIs(arg, "--from-dir")) {
            if (!takeValue(arguments, i, &out->fromDir, message))
                return false;
        } else if (optionIs(arg, "--sandbox")) {
            if (!takeValue(arguments, i, &out->sandboxKind, message))
                return false;
            if (out->sandboxKind != u"local" && out->sandboxKind != u"e2b") {
                *message = tr("--sandbox is local or e2b, not \"%1\"").arg(out->sandboxKind);
                return false;
            }
        } else if (optionIs(arg, "--plan")) {
            if (!takeValue(arguments, i, &out->plan, message))
                return false;
        } else if (optionIs(arg, "--data-dir")) {
            if (!takeValue(arguments, i, &out->dataDir, message))
                return false;
        } else if (optionIs(arg, "--timeout") || optionIs(arg, "--limit")) {
            const bool isTimeout = optionIs(arg, "--timeout");
            if (!takeValue(arguments, i, &value, message))
                return false;
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number <= 0) {
                *message = tr("%1 needs a positive whole number").arg(isTimeout ? QStringLiteral("--timeout") : QStringLiteral("--limit"));
                return false;
            }
            (isTimeout ? out->timeoutSeconds : out->limit) = number;
        } else if (arg.startsWith(u'-')) {
            *message = tr("Unknown option %1 (see --help)").arg(arg);
            return false;
        } else if (out->command.isEmpty() && Commands.contains(arg)) {
            out->command = arg;
        } else if (out->sessionId.isEmpty() && !out->command.isEmpty()) {
            out->sessionId = arg;
        } else {
            *message = tr("Unexpected argument %1 (see --help)").arg(arg);
            return false;
        }
    }
    const bool needsId = out->command == u"show" || out->command == u"stop" || out->command == u"redeploy";
    if (needsId && out->sessionId.isEmpty()) {
        *message = tr("%1 needs a session id").arg(out->command);
        return false;
    }
    if (out->command == u"spawn" && out->templateName.isEmpty() == out->fromDir.isEmpty()) {
        *message = tr("spawn needs exactly one of --template NAME or --from-dir DIR");
        return false;
    }
    return true;
}
