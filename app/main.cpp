// SPDX-License-Identifier: MIT
#include "appcontext.h"
#include "apptranslator.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "costscommand.h"
#include "common/logredaction.h"
#include "common/paths.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "settings/appsettings.h"
#include "sessioncommands.h"
#include "spawncommand.h"
#include "startupprobe.h"
#include "workflow/sessionmanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SpawnAI"));
    QCoreApplication::setApplicationName(QStringLiteral("SpawnAI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPAWNAI_VERSION));
}

int runCommandLine(int argc, char *argv[], const CliArguments &arguments)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    // The command line speaks through its own output; diagnostics stay
    // quiet unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.info=false\nspawnai.*.debug=false"));
    CliOutput output(arguments.json);
    // The command line follows the language setting too.
    AppTranslator::install(AppSettings().language());
    if (arguments.command == u"costs")
        return CostsCommand(arguments, &output).run();
    AppContext context;
    if (const SpawnError error = context.open(); error.isError()) {
        output.error(error.message);
        return ExitCode::Unavailable;
    }
    if (!arguments.plan.isEmpty()) {
        Plan plan = Plan::Hobby;
        if (!planFromString(arguments.plan, &plan)) {
            output.error(QCoreApplication::translate("main", "--plan is hobby or pro"));
            return ExitCode::Usage;
        }
        context.manager()->setPlan(plan);
    }
    int exitCode = ExitCode::Ok;
    if (arguments.command == u"spawn" || arguments.command == u"redeploy") {
        SpawnCommand command(&context, arguments, &output);
        exitCode = command.start();
        if (exitCode < 0)
            exitCode = app.exec();
        return exitCode;
    }
    SessionCommands commands(&context, arguments, &output);
    if (arguments.command == u"list")
        return commands.list();
    if (arguments.command == u"show")
        return commands.show();
    exitCode = commands.stop();
    return exitCode < 0 ? app.exec() : exitCode;
}

int runDesktop(int argc, char *argv[])
{
    // WebEngine shares GL contexts with the widgets; it must be set first.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    describeApplication();
    AppContext context;
    if (const SpawnError error = context.open(); error.isError()) {
        std::fprintf(stderr, "spawnai: %s\n", qPrintable(error.message));
        return ExitCode::Unavailable;
    }
    // The language setting (or the system's) applies from the start; a
    // change applies at the next start.
    AppTranslator::install(context.settings()->language());
    // API keys live in the OS keychain; the window reads them when needed.
    KeychainSecretStore secrets;
    MainWindow window(context.manager(), &secrets, context.settings());
    StartupProbe::installIfRequested(&window);
    window.show();
    const int code = app.exec();
    context.manager()->stopAll(QCoreApplication::translate("main", "SpawnAI closed"));
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
    if (!parsed.command.isEmpty())
        return runCommandLine(argc, argv, parsed);
    return runDesktop(argc, argv);
}
