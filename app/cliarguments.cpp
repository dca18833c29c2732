// SPDX-License-Identifier: MIT
#include "cliarguments.h"

#include "deploy/packagespec.h"

#include <QCoreApplication>
#include <QDate>

namespace {
const QStringList Commands{QStringLiteral("spawn"), QStringLiteral("list"), QStringLiteral("show"),
                           QStringLiteral("diff"), QStringLiteral("stop"), QStringLiteral("extend"), QStringLiteral("redeploy"),
                           QStringLiteral("costs"), QStringLiteral("delete"), QStringLiteral("serve"),
                           QStringLiteral("token"), QStringLiteral("mcp"), QStringLiteral("models"), QStringLiteral("secret")};

QString tr(const char *text)
{
    return QCoreApplication::translate("CliParser", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR CliParser */

bool takeValue(const QStringList &args, qsizetype &i, QString *value, QString *message)
{
    const QString &arg = args.at(i);
    if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
        *value = arg.mid(eq + 1);
        return true;
    }
    if (i + 1 >= args.size()) {
        *message = QCoreApplication::translate("CliParser", "%1 needs a value").arg(arg);
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

QHash<QString, QString> CliArguments::overrideFlags() const
{
    QHash<QString, QString> flags;
    const auto add = [&flags](const char *name, const QString &value) {
        if (!value.isEmpty())
            flags.insert(QLatin1String(name), value);
    };
    add("--plan", plan);
    add("--timeout", timeoutSeconds > 0 ? QString::number(timeoutSeconds) : QString());
    add("--log-level", logLevel);
    add("--budget-month", budgetMonth);
    add("--budget-session", budgetSession);
    return flags;
}

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
              "Without a command, opens the SpawnAI desktop app (with --template NAME, deploying that template).\n"
              "\n"
              "Commands:\n"
              "  spawn \"PROMPT\"             Have a model write the app you describe, then deploy it\n"
              "  spawn --template NAME      Deploy a starter template (static-site, express-api, python-script)\n"
              "  spawn --from-dir DIR       Deploy a folder that has a spawnai.json\n"
              "  list                       List sessions, newest first\n"
              "  show ID                    Show a session, its timeline and the end of its log\n"
              "  diff ID [A] [B] [--stat]   What changed from version A to B (default: the latest against the\n"
              "                             one before; with A only, A against the latest), as a unified diff\n"
              "  stop ID                    Stop a running session\n"
              "  extend ID [--minutes N]    Give a running session's sandbox more time\n"
              "  redeploy ID                Deploy a session's stored files again\n"
              "  delete ID [--purge]        Stop a session; with --purge also erase it (costs stay counted)\n"
              "  costs                      What models and sandboxes cost, and the budget's state\n"
              "  serve                      Run SpawnAI headless and serve its API until Ctrl-C or SIGTERM\n"
              "  token [--rotate]           Print the API token (--rotate: replace it first)\n"
              "  models --local             The local model servers on this machine (Ollama, LM Studio,\n"
              "                             llama.cpp) and their models, with size and context\n"
              "  mcp                        Serve the Model Context Protocol on stdin/stdout, for AI agents\n"
              "                             (Claude Code, Claude Desktop); uses or starts the host\n"
              "\n"
              "spawn and redeploy stay in the foreground while the app runs; Ctrl-C stops it. With --detach\n"
              "they go through the running host (spawnai serve, or the window) and return at once with the\n"
              "session id; stop and extend go through it whenever one runs.\n"
              "\n"
              "The API (serve):\n"
              "  --port N                   The port (default: any free one; api.json in the data folder says which)\n"
              "  --bind ADDR                The address (default: 127.0.0.1 and ::1)\n"
              "  --allow-remote             Allow --bind to an address other machines can reach\n"
              "  --detach                   spawn (a prompt, template or text-only folder), redeploy: through\n"
              "                             the running host, return at once\n"
              "\n"
              "Generation (spawn \"PROMPT\"):\n"
              "  --type webapp|api|script|auto   The kind of app (default: auto, the model chooses)\n"
              "  --provider anthropic|openai     Claude (key from the keychain, ANTHROPIC_API_KEY or CLAUDE_API_KEY)\n"
              "                                  or an OpenAI-compatible server such as Ollama\n"
              "  --model ID                 The model (default: the newest Sonnet; required for openai)\n"
              "  --base-url URL             The server (default: ANTHROPIC_BASE_URL or Anthropic's;\n"
              "                             http://localhost:11434/v1 for openai)\n"
              "  --image FILE               A picture for the model (PNG, JPEG, WebP or GIF, at most 5 MB and\n"
              "                             8000 pixels a side); repeatable\n"
              "  --interactive              Each line on standard input changes the running app\n"
              "\n"
              "Options:\n"
              "  --sandbox local|e2b        Where the app runs (default: local)\n"
              "  --internet                 Let the app reach the internet (default: off)\n"
              "  --timeout SECONDS          How long a new sandbox runs (default: the session timeout variable,\n"
              "                             else Settings' lifetime, else 15 minutes); at most the plan's longest run\n"
              "  --plan hobby|pro           The plan whose limits apply (default: E2B_PLAN, else Settings, else hobby)\n"
              "  --log-level LEVEL          debug, info, warning or error (default: LOG_LEVEL, else warning)\n"
              "  --limit N                  How many sessions list shows (default: 50)\n"
              "  --minutes N                extend: N more minutes after its end (default: a new sandbox's lifetime);\n"
              "                             never past the plan's longest run (1 hour hobby, 24 hours pro)\n"
              "  --json                     Machine-readable output: one JSON object per line\n"
              "  --data-dir DIR             Where the history lives (also SPAWNAI_DATA_DIR)\n"
              "  -h, --help                 Show this help\n"
              "  -v, --version              Show the version\n"
              "\n"
              "Costs (all days in UTC):\n"
              "  --since DATE               The first day to add up, YYYY-MM-DD (default: this month's first)\n"
              "  --until DATE               The last day, included (default: this month's last)\n"
              "  --budget-month USD         The monthly budget (default: SPAWNAI_BUDGET_MONTH, else Settings)\n"
              "  --budget-session USD       The per-session limit (default: SPAWNAI_BUDGET_SESSION, else Settings)\n"
              "\n"
              "Environment (a flag wins over it; it wins over Settings):\n"
              "  E2B_PLAN=hobby|pro              The plan\n"
              "  DEFAULT_SESSION_TIMEOUT_MS=MS   How long a new sandbox runs on hobby (at most 3600000, 1 hour)\n"
              "  PRO_SESSION_TIMEOUT_MS=MS       The same on pro (at most 86400000, 24 hours)\n"
              "  MAX_CONCURRENT_SESSIONS=N       How many sessions run at once (at most 20 hobby, 100 pro)\n"
              "  LOG_LEVEL=LEVEL                 debug, info, warning or error: diagnostics on standard error\n"
              "  SPAWNAI_BUDGET_MONTH=USD        The monthly budget\n"
              "  SPAWNAI_BUDGET_SESSION=USD      The per-session limit\n"
              "A value that is not a number or a known word, or more than the plan allows, is refused (exit code 2).\n"
              "\n"
              "Exit codes: 0 ok, 1 the session failed, 2 wrong usage, 3 not found, 4 cannot run here,\n"
              "5 stop, delete: the E2B sandbox still runs (E2B did not confirm the kill).\n")
        // Its own string, so that the long one above keeps its translations.
        + tr("\n"
             "For scripts and shell completion (one per line, nothing else):\n"
             "  list --ids                 The session ids, newest first (at most --limit)\n"
             "  list --templates           The names of the starter templates\n")
        + tr("\n"
             "The app's environment (secrets such as an API key it calls; only the names are stored,\n"
             "the values stay in the OS keychain and reach only the app's own process):\n"
             "  spawn --env NAME=VALUE     Give the app a variable; repeatable. --env NAME takes the value\n"
             "                             from this environment (keeps it out of the shell history)\n"
             "  spawn --env-from-keychain NAME   The value saved with secret set NAME; repeatable\n"
             "  secret set NAME            Save a value for --env-from-keychain, read from standard input\n"
             "  secret remove NAME         Remove it\n")
        + tr("\n"
             "Install scripts (npm runs no package's install scripts, pip installs wheels only):\n"
             "  spawn|redeploy --allow-scripts NAME[,NAME]   Run the install scripts of these npm packages\n"
             "                             and let these pip packages build from source, when the app's\n"
             "                             spawnai.json asks for them (install.npmScripts, install.pipSource);\n"
             "                             kept with the session for its follow-ups and redeploys\n");
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
        } else if (arg == u"--interactive") {
            out->interactive = true;
        } else if (arg == u"--purge") {
            out->purge = true;
        } else if (arg == u"--allow-remote") {
            out->allowRemote = true;
        } else if (arg == u"--rotate") {
            out->rotate = true;
        } else if (arg == u"--detach") {
            out->detach = true;
        } else if (arg == u"--ids") {
            out->ids = true;
        } else if (arg == u"--templates") {
            out->templates = true;
        } else if (arg == u"--stat") {
            out->stat = true;
        } else if (arg == u"--local") {
            out->local = true;
        } else if (optionIs(arg, "--bind")) {
            if (!takeValue(arguments, i, &out->bind, message))
                return false;
        } else if (optionIs(arg, "--type")) {
            if (!takeValue(arguments, i, &out->appType, message))
                return false;
            if (!QStringList{QStringLiteral("webapp"), QStringLiteral("api"), QStringLiteral("script"), QStringLiteral("auto")}
                     .contains(out->appType)) {
                *message = tr("--type is webapp, api, script or auto, not \"%1\"").arg(out->appType);
                return false;
            }
        } else if (optionIs(arg, "--provider")) {
            if (!takeValue(arguments, i, &out->provider, message))
                return false;
            if (out->provider != u"anthropic" && out->provider != u"openai") {
                *message = tr("--provider is anthropic or openai, not \"%1\"").arg(out->provider);
                return false;
            }
        } else if (optionIs(arg, "--model")) {
            if (!takeValue(arguments, i, &out->model, message))
                return false;
        } else if (optionIs(arg, "--image")) {
            QString image;
            if (!takeValue(arguments, i, &image, message))
                return false;
            out->images << image;
        } else if (optionIs(arg, "--env") || optionIs(arg, "--env-from-keychain")) {
            QString variable;
            if (!takeValue(arguments, i, &variable, message))
                return false;
            (optionIs(arg, "--env") ? out->env : out->envFromKeychain) << variable;
        } else if (optionIs(arg, "--allow-scripts")) {
            QString names;
            if (!takeValue(arguments, i, &names, message))
                return false;
            out->allowScripts << names.split(u',', Qt::SkipEmptyParts);
        } else if (optionIs(arg, "--base-url")) {
            if (!takeValue(arguments, i, &out->baseUrl, message))
                return false;
        } else if (optionIs(arg, "--template")) {
            if (!takeValue(arguments, i, &out->templateName, message))
                return false;
        } else if (optionIs(arg, "--from-dir")) {
            if (!takeValue(arguments, i, &out->fromDir, message))
                return false;
        } else if (optionIs(arg, "--sandbox")) {
            QString kind;
            if (!takeValue(arguments, i, &kind, message))
                return false;
            if (!sandboxKindFromString(kind, &out->sandboxKind)) {
                *message = tr("--sandbox is local or e2b, not \"%1\"").arg(kind);
                return false;
            }
        } else if (optionIs(arg, "--plan")) {
            // --plan, --timeout and --log-level are checked with the
            // environment and the settings (RuntimeOverrides).
            if (!takeValue(arguments, i, &out->plan, message))
                return false;
        } else if (optionIs(arg, "--log-level")) {
            if (!takeValue(arguments, i, &out->logLevel, message))
                return false;
        } else if (optionIs(arg, "--since") || optionIs(arg, "--until")) {
            QString *date = optionIs(arg, "--since") ? &out->since : &out->until;
            if (!takeValue(arguments, i, date, message))
                return false;
            if (date->size() != 10 || !QDate::fromString(*date, Qt::ISODate).isValid()) {
                *message = tr("%1 is a date, YYYY-MM-DD, not \"%2\"").arg(arg.section(u'=', 0, 0), *date);
                return false;
            }
        } else if (optionIs(arg, "--budget-month") || optionIs(arg, "--budget-session")) {
            QString *amount = optionIs(arg, "--budget-month") ? &out->budgetMonth : &out->budgetSession;
            if (!takeValue(arguments, i, amount, message))
                return false;
            bool ok = false;
            if (amount->toDouble(&ok) < 0.0 || !ok) {
                *message = tr("%1 is an amount in USD, not \"%2\"").arg(arg.section(u'=', 0, 0), *amount);
                return false;
            }
        } else if (optionIs(arg, "--data-dir")) {
            if (!takeValue(arguments, i, &out->dataDir, message))
                return false;
        } else if (optionIs(arg, "--port")) {
            if (!takeValue(arguments, i, &value, message))
                return false;
            bool ok = false;
            out->port = value.toInt(&ok);
            if (!ok || out->port < 1 || out->port > 65535) {
                *message = tr("--port is a port number from 1 to 65535");
                return false;
            }
        } else if (optionIs(arg, "--timeout") || optionIs(arg, "--limit") || optionIs(arg, "--minutes")) {
            const QString option = arg.section(u'=', 0, 0);
            if (!takeValue(arguments, i, &value, message))
                return false;
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number <= 0) {
                *message = tr("%1 needs a positive whole number").arg(option);
                return false;
            }
            (option == u"--timeout" ? out->timeoutSeconds : option == u"--limit" ? out->limit : out->minutes) = number;
        } else if (arg.startsWith(u'-')) {
            *message = tr("Unknown option %1 (see --help)").arg(arg);
            return false;
        } else if (out->command.isEmpty() && Commands.contains(arg)) {
            out->command = arg;
        } else if (out->command == u"spawn" && out->prompt.isEmpty()) {
            out->prompt = arg;
        } else if (out->sessionId.isEmpty() && !out->command.isEmpty() && out->command != u"spawn") {
            out->sessionId = arg;
        } else if (out->command == u"secret" && out->secretName.isEmpty()) {
            out->secretName = arg;
        } else if (out->command == u"diff" && out->versions.size() < 2) {
            bool ok = false;
            const int version = arg.toInt(&ok);
            if (!ok || version <= 0) {
                *message = tr("A version is a number from 1 up, not \"%1\" (see spawnai show ID)").arg(arg);
                return false;
            }
            out->versions.append(version);
        } else {
            *message = tr("Unexpected argument %1 (see --help)").arg(arg);
            return false;
        }
    }
    const bool needsId = out->command == u"show" || out->command == u"diff" || out->command == u"stop" || out->command == u"redeploy"
        || out->command == u"extend" || out->command == u"delete";
    if (needsId && out->sessionId.isEmpty()) {
        *message = tr("%1 needs a session id").arg(out->command);
        return false;
    }
    if (out->command == u"secret"
        && ((out->sessionId != u"set" && out->sessionId != u"remove") || out->secretName.isEmpty())) {
        *message = tr("secret takes set NAME or remove NAME");
        return false;
    }
    if ((!out->env.isEmpty() || !out->envFromKeychain.isEmpty()) && out->command != u"spawn") {
        *message = tr("--env and --env-from-keychain are for spawn");
        return false;
    }
    if (!out->allowScripts.isEmpty() && out->command != u"spawn" && out->command != u"redeploy") {
        *message = tr("--allow-scripts is for spawn and redeploy");
        return false;
    }
    if (!out->allowScripts.isEmpty() && out->command == u"redeploy" && out->detach) {
        *message = tr("--allow-scripts cannot be used with redeploy --detach");
        return false;
    }
    for (const QString &name : std::as_const(out->allowScripts)) {
        SpawnError error;
        if (!PackageSpec::validateApproval(name, &error)) {
            *message = tr("--allow-scripts: %1").arg(error.message);
            return false;
        }
    }
    if (!out->envFromKeychain.isEmpty() && out->detach) {
        *message = tr("--env-from-keychain cannot be used with --detach: use --env NAME");
        return false;
    }
    if (out->command == u"mcp" && !out->sessionId.isEmpty()) {
        *message = tr("Unexpected argument %1 (see --help)").arg(out->sessionId);
        return false;
    }
    if (out->purge && out->command != u"delete") {
        *message = tr("--purge is for delete");
        return false;
    }
    if ((out->port > 0 || !out->bind.isEmpty() || out->allowRemote) && out->command != u"serve") {
        *message = tr("--port, --bind and --allow-remote are for serve");
        return false;
    }
    if (out->rotate && out->command != u"token") {
        *message = tr("--rotate is for token");
        return false;
    }
    if (out->detach && out->command != u"spawn" && out->command != u"redeploy") {
        *message = tr("--detach is for spawn and redeploy");
        return false;
    }
    if (out->detach && out->interactive) {
        *message = tr("--detach cannot be used with --interactive");
        return false;
    }
    if (out->local != (out->command == u"models")) {
        *message = out->local ? tr("--local is for models") : tr("models needs --local: it lists the local servers' models");
        return false;
    }
    if ((out->ids || out->templates) && out->command != u"list") {
        *message = tr("--ids and --templates are for list");
        return false;
    }
    if (out->ids && out->templates) {
        *message = tr("list takes --ids or --templates, not both");
        return false;
    }
    if (out->stat && out->command != u"diff") {
        *message = tr("--stat is for diff");
        return false;
    }
    if (out->minutes > 0 && out->command != u"extend") {
        *message = tr("--minutes is for extend");
        return false;
    }
    const int sources = int(!out->prompt.isEmpty()) + int(!out->templateName.isEmpty()) + int(!out->fromDir.isEmpty());
    if (out->command == u"spawn" && sources != 1) {
        *message = tr("spawn needs exactly one of \"PROMPT\", --template NAME or --from-dir DIR");
        return false;
    }
    if (!out->images.isEmpty() && (out->command != u"spawn" || out->prompt.isEmpty())) {
        *message = tr("--image goes with spawn \"PROMPT\"");
        return false;
    }
    if (out->provider == u"openai" && !out->prompt.isEmpty() && out->model.isEmpty()) {
        *message = tr("--provider openai needs --model (the name your server knows, e.g. qwen2.5-coder)");
        return false;
    }
    return true;
}
