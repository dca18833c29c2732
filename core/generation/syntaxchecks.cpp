// SPDX-License-Identifier: MIT
#include "syntaxchecks.h"

#include "deploy/deploypaths.h"

#include <algorithm>

namespace {
bool isJavaScript(const QString &path)
{
    return path.endsWith(QLatin1String(".js")) || path.endsWith(QLatin1String(".mjs"))
        || path.endsWith(QLatin1String(".cjs"));
}

bool isPython(const QString &path)
{
    return path.endsWith(QLatin1String(".py"));
}

bool isThirdParty(const QString &path)
{
    return path.startsWith(QLatin1String("node_modules/")) || path.contains(QLatin1String("/node_modules/"));
}
} // namespace

QString SyntaxChecks::pythonCacheDir()
{
    return DeployPaths::workspace() + QLatin1String("/.spawnai/pycache");
}

QStringList SyntaxChecks::checkableFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!isThirdParty(path) && (isJavaScript(path) || isPython(path)))
            files << path;
    }
    std::sort(files.begin(), files.end());
    return files;
}

QList<CommandSpec> SyntaxChecks::commands(const QStringList &paths, int maxFiles)
{
    QList<CommandSpec> commands;
    const QStringList files = checkableFiles(paths);
    for (const QString &path : files) {
        if (commands.size() >= maxFiles)
            break;
        CommandSpec command;
        command.workingDirectory = DeployPaths::appDir();
        command.timeout = Timeout;
        command.needsNetwork = false;
        // "./-x.js": a file named like an option is still read as a file.
        const QString argument = path.startsWith(u'-') ? QLatin1String("./") + path : path;
        if (isJavaScript(path)) {
            command.argv = QStringList{QStringLiteral("node"), QStringLiteral("--check"), argument};
        } else {
            command.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("py_compile"),
                                       argument};
            command.environment.insert(QStringLiteral("PYTHONPYCACHEPREFIX"), pythonCacheDir());
        }
        commands << command;
    }
    return commands;
}

int SyntaxChecks::skippedFiles(const QStringList &paths, int maxFiles)
{
    return std::max(0, int(checkableFiles(paths).size()) - maxFiles);
}

QString SyntaxChecks::checkedFile(const CommandSpec &command)
{
    if (command.argv.isEmpty())
        return {};
    const QString &last = command.argv.constLast();
    return last.startsWith(QLatin1String("./")) ? last.mid(2) : last;
}
