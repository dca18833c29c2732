// SPDX-License-Identifier: MIT
#include "common/promptimagecheck.h"
#include "qimagescaler.h"
#include "api/apiinfo.h"
#include "api/apitoken.h"
#include "api/hostlock.h"
#include "appcontext.h"
#include "crashtesthook.h"
#include "appicons.h"
#include "apptranslator.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "costscommand.h"
#include "diffcommand.h"
#include "common/loglevel.h"
#include "common/logredaction.h"
#include "common/paths.h"
#include "firstframe.h"
#include "hostclient.h"
#include "mainwindow.h"
#include "mcpcommand.h"
#include "quietlisting.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "settings/runtimeoverrides.h"
#include "secretcommand.h"
#include "servecommand.h"
#include "sessioncommands.h"
#include "spawncommand.h"
#include "store/changefeed.h"
#include "store/sessionstore.h"
#include "startupprobe.h"
#include "modelscommand.h"
#include "tokencommand.h"
#include "unixsignalwatcher.h"
#include "windowapihost.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sandboxsweeper.h"
#include "workflow/sessionmanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
void describeApplication()
{
    // Proxies as the system sets them (http_proxy, https_proxy, no_proxy),
    // for the model servers and E2B alike.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SpawnAI"));
    QCoreApplication::setApplicationName(QStringLiteral("SpawnAI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPAWNAI_VERSION));
}

int runCommand(QCoreApplication &app, AppContext &context, const CliArguments &arguments, CliOutput &output)
{
    if (arguments.command == u"spawn" || arguments.command == u"redeploy") {
        SpawnCommand command(&context, arguments, &output);
        const int exitCode = command.start();
        return exitCode < 0 ? app.exec() : exitCode;
    }
    SessionCommands commands(&context, arguments, &output);
    if (arguments.command == u"list")
        return commands.list();
    if (arguments.command == u"show")
        return commands.show();
    const int exitCode = arguments.command == u"extend" ? commands.extend()
                       : arguments.command == u"delete" ? commands.remove()
                                                          : commands.stop();
    return exitCode < 0 ? app.exec() : exitCode;
}

// Stops what still runs and lets the cloud's kills and the last sweep
// finish, in one more bounded, sequential run of the event loop.
void finishCloudWork(QCoreApplication &app, AppContext &context, bool keepRunning = false)
{
    if (!context.cloud()->isE2bEnabled()) {
        context.manager()->stopAll(QCoreApplication::translate("main", "SpawnAI closed"));
        return;
    }
    PendingOperation *shutdown = context.cloud()->shutdown(QCoreApplication::translate("main", "SpawnAI closed"),
                                                           keepRunning, std::chrono::seconds(10));
    QObject::connect(shutdown, &AsyncOperation::finished, &app, &QCoreApplication::quit);
    app.exec();
}

// The keychain answers asynchronously (at once with an error when no
// keychain is reachable): one more sequential run of the event loop, before
// the command starts.
void readE2bKeyFromKeychain(QCoreApplication &app, AppContext &context)
{
    bool read = false;
    context.enableE2bFromKeychain(&app, [&app, &read] {
        read = true;
        app.quit();
    });
    if (!read)
        app.exec();
}

// Sandboxes of earlier runs may still be running: the command answers once
// the sweep knows what became of them (it kills those nobody runs and
// completes their bills), at most 10 s.
void awaitFirstSweep(QCoreApplication &app, AppContext &context)
{
    SandboxSweeper *sweeper = context.cloud()->sweeper();
    if (!sweeper || !sweeper->isSweeping())
        return;
    // Both go with this function, so neither can end the command's own run of the loop.
    QObject waiting;
    QObject::connect(sweeper->sweep(), &AsyncOperation::finished, &waiting, [&app] { app.quit(); });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &app, &QCoreApplication::quit);
    limit.start(std::chrono::seconds(10));
    app.exec();
}

// spawn/redeploy --detach, stop and extend go through the data folder's
// running host (docs/cli.md); -1 when there is none and the command runs
// here (--detach refuses to: it needs a host).
int runThroughHost(QCoreApplication &app, const CliArguments &arguments, CliOutput &output)
{
    if (!HostClient::wants(arguments))
        return -1;
    const std::optional<ApiInfo> host = HostClient::running(Paths::dataDir());
    const QByteArray token = host ? ApiToken::readFile(Paths::dataDir()) : QByteArray();
    if (!host || token.isEmpty()) {
        if (!arguments.detach)
            return -1;
        output.error(QCoreApplication::translate("main", "No SpawnAI host serves %1: start one with \"spawnai serve\" "
                                                         "(or open the window, with Settings > Automation on), then "
                                                         "try again; without --detach, spawn runs in the foreground")
                         .arg(Paths::dataDir()));
        return ExitCode::Unavailable;
    }
    HostClient client(arguments, &output, *host, token);
    const int code = client.start();
    return code < 0 ? app.exec() : code;
}

int runCommandLine(int argc, char *argv[], const CliArguments &arguments)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    // The command line speaks through its own output: diagnostics stay at
    // warnings unless LOG_LEVEL, --log-level or QT_LOGGING_RULES ask.
    applyLogLevel(LogLevel::Warning);
    CliOutput output(arguments.json);
    const AppSettings settings;
    // The command line follows the language setting too.
    AppTranslator::install(settings.language());
    // Flags, then the environment, then the settings (docs/settings.md).
    const RuntimeOverrides overrides = RuntimeOverrides::resolve(
        {arguments.overrideFlags(), QProcessEnvironment::systemEnvironment(), &settings, LogLevel::Warning});
    applyLogLevel(overrides.logLevel());
    if (!overrides.errors().isEmpty()) {
        for (const SpawnError &error : overrides.errors())
            output.error(error.message);
        return ExitCode::Usage;
    }
    if (arguments.command == u"list" && arguments.ids)
        return QuietListing::ids(arguments.limit);
    if (arguments.command == u"list" && arguments.templates)
        return QuietListing::templates();
    if (arguments.command == u"diff")
        return DiffCommand::run(arguments, &output);
    if (arguments.command == u"costs")
        return CostsCommand(arguments, &output, overrides).run();
    // The MCP server is a client of the host's API: no store of its own.
    if (arguments.command == u"mcp")
        return McpCommand::run(app);
    if (arguments.command == u"token")
        return TokenCommand(arguments, &output).run(app);
    // Asks the servers on this machine only: no store, no keychain.
    if (arguments.command == u"models")
        return ModelsCommand(arguments, &output).run(app);
    // The keychain only: no store.
    if (arguments.command == u"secret")
        return SecretCommand::run(app, arguments, &output);
    if (const int code = runThroughHost(app, arguments, output); code >= 0)
        return code;
    if (arguments.command == u"serve") {
        QList<QHostAddress> addresses;
        QString message;
        bool remote = false;
        if (!ServeCommand::addresses(arguments, &addresses, &message, &remote)) {
            output.error(message);
            return ExitCode::Usage;
        }
        // Refused before the history is opened: the running host owns it.
        if (qint64 holder = 0; HostLock::isHeld(Paths::dataDir(), &holder)) {
            output.error(QCoreApplication::translate("main", "Another SpawnAI (process %1) already hosts the API for %2")
                             .arg(holder)
                             .arg(Paths::dataDir()));
            return ExitCode::Unavailable;
        }
    }
    AppContext context;
    context.setFlags(arguments.overrideFlags());
    if (const SpawnError error = context.open(); error.isError()) {
        output.error(error.message);
        return ExitCode::Unavailable;
    }
    CrashTestHook::install(context.store());
    // With an E2B key, every command starts with a sweep of the account's
    // orphans and ends once it (and any kill) is done. The window keeps the
    // key in the keychain: it is read there when E2B_API_KEY is not set and
    // sandboxes of earlier runs may still be running.
    context.enableE2bFromEnvironment();
    if (const QStringList mayRun = context.cloudSandboxesThatMayRun(); !mayRun.isEmpty()) {
        if (!context.cloud()->isE2bEnabled())
            readE2bKeyFromKeychain(app, context);
        // What list and show print is what the sweep found, and a session a
        // crash left can be redeployed once the sweep has ended it; stop
        // ends its session's sandbox itself.
        const bool afterTheSweep = arguments.command == u"list" || arguments.command == u"show"
            || arguments.command == u"redeploy";
        if (context.cloud()->isE2bEnabled()) {
            if (afterTheSweep)
                awaitFirstSweep(app, context);
        } else {
            output.warning(QCoreApplication::translate("main", "%n E2B sandbox(es) of earlier sessions may still be "
                                                               "running, and billing: %1. Their sessions stay as they "
                                                               "are until SpawnAI can look.",
                                                       nullptr, int(mayRun.size()))
                               .arg(context.e2bKeyProblem()));
        }
    }
    if (arguments.command == u"serve") {
        // The host keeps the feed short, as the window does (docs/store.md, retention).
        context.manager()->store()->feed()->prune();
        // The host keeps the data folder's lock until its apps have stopped.
        ServeCommand serve(&context, arguments, &output);
        const int code = serve.start();
        const int exitCode = code < 0 ? app.exec() : code;
        finishCloudWork(app, context, context.settings()->keepE2bSandboxesOnQuit());
        return exitCode;
    }
    const int exitCode = runCommand(app, context, arguments, output);
    // A stop that just spent its time trying to kill a sandbox said so;
    // one more try on the way out would make what it said stale.
    if (exitCode != ExitCode::StillRunning)
        finishCloudWork(app, context);
    return exitCode;
}

int runDesktop(int argc, char *argv[], const CliArguments &arguments)
{
    // WebEngine's shared OpenGL context is made when the first preview opens
    // (ui/sharedglcontext.h), not here: start-up would load the GL driver.
    QApplication app(argc, argv);
    describeApplication();
    // The desktop entry's name lets Wayland compositors match the window to
    // it; the icon is the theme's once installed (packaging/), else the
    // built-in one. The tray shows the same icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.spawnai.SpawnAI"));
    QApplication::setWindowIcon(AppIcons::app());
    // The language setting (or the system's) applies from the start, to the
    // refusals of the overrides too; a change applies at the next start.
    AppTranslator::install(AppSettings().language());
    AppContext context;
    context.setFlags(arguments.overrideFlags());
    if (const SpawnError error = context.open(); error.isError()) {
        std::fprintf(stderr, "spawnai: %s\n", qPrintable(error.message));
        return ExitCode::Unavailable;
    }
    CrashTestHook::install(context.store());
    applyLogLevel(context.overrides().logLevel());
    // API keys live in the OS keychain; the window reads them when needed.
    SecretStore &secrets = *context.secrets();
    // The feed's retention (docs/store.md) runs where a long-lived reader starts, not in every CLI call.
    context.manager()->store()->feed()->prune();
    MainWindow window(context.manager(), &secrets, context.settings());
    StartupProbe::installIfRequested(&window);
    if (StartupProbe::requested()) {
        QObject::connect(&window, &MainWindow::previewPageLoaded, &window,
                         [](bool ok) { StartupProbe::mark(ok ? "preview-loaded" : "preview-failed"); });
    }
    window.show();
    // A flag or variable that does not fit is named in the message bar; its
    // setting (or the default) applies instead. Again when a change of plan
    // in Settings makes one of them too much for the new plan.
    const auto showRefusedOverrides = [&window, &context] {
        QStringList messages;
        for (const SpawnError &error : context.overrides().errors())
            messages << error.message;
        if (!messages.isEmpty())
            window.showError(messages.join(u'\n'));
    };
    FirstFrame::after(&window, &window, showRefusedOverrides);
    QObject::connect(context.settings(), &AppSettings::changed, &window, [showRefusedOverrides](SettingKey key) {
        if (key == SettingKey::Plan)
            showRefusedOverrides();
    });
    // `spawnai --template NAME` opens the window and deploys that template.
    if (!arguments.templateName.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, name = arguments.templateName] { window.spawnTemplate(name); });
    }
    // E2B comes on once its key is known: the environment's at once, the
    // keychain's when the read answers (after the first frame), a new one
    // when Settings saves it; the command line's reading, AppContext's.
    if (!context.enableE2bFromEnvironment())
        FirstFrame::after(&window, &window, [&context, &window] { context.followKeychainE2bKey(&window); });
    // The local API, while Settings > Automation has it on; after the first
    // frame, so a busy folder's message has a window to appear in.
    std::unique_ptr<WindowApiHost> apiHost;
    FirstFrame::after(&window, &window, [&apiHost, &context, &window] {
        apiHost = std::make_unique<WindowApiHost>(&context, [&window](const QString &message) { window.showError(message); });
        window.setApiHost(apiHost->host());
    });
    // SIGTERM (a logout, `kill`) and SIGINT quit as File > Quit does, so
    // cloud apps stop, or stay up as the user chose.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, &QCoreApplication::quit);
    const int code = app.exec();
    window.setApiHost(nullptr);
    // Quitting: stop the sessions, or keep cloud apps running as the user
    // chose; the next start sweeps again whatever this misses.
    finishCloudWork(app, context, context.settings()->keepE2bSandboxesOnQuit());
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    LogRedaction::install();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CliArguments parsed;
    QString message;
    bool exitNow = false;
    QCoreApplication::setApplicationVersion(QStringLiteral(SPAWNAI_VERSION));
    if (!CliParser::parse(arguments, &parsed, &message, &exitNow)) {
        std::fprintf(stderr, "spawnai: %s\n", qPrintable(message));
        return ExitCode::Usage;
    }
    if (exitNow) {
        std::fputs(qPrintable(message), stdout);
        return ExitCode::Ok;
    }
    if (!parsed.dataDir.isEmpty())
        Paths::setDataDirOverride(parsed.dataDir);
    // Every front end (the window, spawn --image, serve's API, the MCP
    // host) scales large pictures the same way before they are sent.
    static const QImageScaler scaler;
    PromptImageCheck::setScaler(&scaler);
    if (!parsed.command.isEmpty())
        return runCommandLine(argc, argv, parsed);
    return runDesktop(argc, argv, parsed);
}
