// SPDX-License-Identifier: MIT
#include "entrypointcheck.h"

#include "deploy/deploypaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.generation.entrypoint")

bool isAssignment(const QString &word)
{
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    return assignment.match(word).hasMatch();
}

// "uvicorn[standard]>=0.29" -> "uvicorn"; names compare as pip does.
QString pipName(const QString &spec)
{
    static const QRegularExpression end(QStringLiteral("[\\[=<>!~; ]"));
    const qsizetype cut = spec.indexOf(end);
    return (cut < 0 ? spec : spec.left(cut)).toLower().replace(u'_', u'-');
}

// Python modules that come from PyPI, not from the app or the standard
// library, and are commonly used to start a server.
const QStringList &serverModules()
{
    static const QStringList modules{QStringLiteral("uvicorn"), QStringLiteral("gunicorn"), QStringLiteral("flask"),
                                     QStringLiteral("streamlit"), QStringLiteral("hypercorn"), QStringLiteral("waitress")};
    return modules;
}

QString normalized(const QStringList &segments)
{
    QStringList out;
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (out.isEmpty())
                return QStringLiteral("..");  // above the app folder: not ours to judge
            out.removeLast();
            continue;
        }
        out << segment;
    }
    // Empty but not null: null means "cannot be known" to the callers.
    return out.isEmpty() ? QString(QLatin1String("")) : out.join(u'/');
}
} // namespace

EntryPointCheck::EntryPointCheck(const AppBundle &bundle, SpawnError *error)
    : m_bundle(bundle)
    , m_error(error)
    , m_buildOrigin(tr("spawnai.json: \"build\""))
{
}

bool EntryPointCheck::validate(const AppBundle &bundle, SpawnError *error)
{
    EntryPointCheck check(bundle, error);
    const Manifest &manifest = bundle.manifest();
    if (manifest.start().isEmpty() && manifest.type() == AppType::WebApp) {
        if (!bundle.file(QStringLiteral("index.html"))) {
            return check.refuse(tr("A webapp is served from the app folder by \"%1\", and the browser opens "
                                   "index.html, but the app has no \"index.html\" at the top of its folder. Add "
                                   "index.html there (not in a subfolder), or set \"start\" in the manifest to the "
                                   "command that serves the app")
                                    .arg(bundle.startCommand()));
        }
    } else if (!bundle.startCommand().isEmpty()) {
        if (!check.checkLine(tr("spawnai.json: \"start\""), bundle.startCommand(), 0))
            return false;
    }
    if (!manifest.build().isEmpty()) {
        check.m_cwd.clear();
        check.m_cwdKnown = true;
        if (!check.checkLine(check.m_buildOrigin, manifest.build(), 0))
            return false;
    }
    return true;
}

bool EntryPointCheck::checkLine(const QString &origin, const QString &line, int depth)
{
    for (const ShellCommandLine::Command &command : ShellCommandLine::split(line)) {
        // From here on the shell decides what runs, not the text.
        if (command.opaque || !m_cwdKnown)
            return true;
        if (!checkCommand(origin, line, command.words, depth))
            return false;
    }
    return true;
}

bool EntryPointCheck::checkCommand(const QString &origin, const QString &line, const QStringList &words, int depth)
{
    QStringList args = words;
    static const QStringList wrappers{QStringLiteral("exec"), QStringLiteral("nohup"), QStringLiteral("time"),
                                      QStringLiteral("env"), QStringLiteral("command")};
    while (!args.isEmpty() && (isAssignment(args.constFirst()) || wrappers.contains(args.constFirst())
                               || (args.constFirst().startsWith(u'-') && args.size() > 1)))
        args.removeFirst();
    if (args.isEmpty())
        return true;
    const QString program = args.takeFirst();
    const QString name = program.section(u'/', -1);
    if (program == u"cd") {
        const QString target = args.isEmpty() ? QString() : resolve(args.constFirst());
        m_cwdKnown = !target.isNull() && target != u"..";
        m_cwd = target;
        return true;
    }
    if (name == u"node" || name == u"nodejs" || name == u"nodemon" || name == u"tsx" || name == u"ts-node")
        return checkNode(origin, line, args);
    if (name == u"python" || name.startsWith(QLatin1String("python3")))
        return checkPython(origin, line, args);
    if (name == u"npm")
        return checkNpm(origin, line, args, depth);
    if ((name == u"sh" || name == u"bash" || name == u"dash") && !args.isEmpty()) {
        if (args.constFirst() == u"-c")
            return depth >= MaxScriptDepth || checkLine(origin, args.value(1), depth + 1);
        if (!args.constFirst().startsWith(u'-'))
            return checkFile(origin, line, args.constFirst(), QString());
        return true;
    }
    if (program.startsWith(QLatin1String("./")))
        return checkFile(origin, line, program, QString());
    qCDebug(lc) << "not checked, unknown program:" << program;
    return true;
}

bool EntryPointCheck::checkNode(const QString &origin, const QString &line, const QStringList &args)
{
    static const QStringList withValue{QStringLiteral("-r"), QStringLiteral("--require"), QStringLiteral("--import"),
                                       QStringLiteral("--loader"), QStringLiteral("--experimental-loader"),
                                       QStringLiteral("--env-file"), QStringLiteral("--input-type"),
                                       QStringLiteral("--watch-path"), QStringLiteral("--title"),
                                       QStringLiteral("-C"), QStringLiteral("--conditions")};
    static const QStringList inline_{QStringLiteral("-e"), QStringLiteral("--eval"), QStringLiteral("-p"),
                                     QStringLiteral("--print"), QStringLiteral("-")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (inline_.contains(arg))
            return true;
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        const QString resolved = resolve(arg);
        if (resolved.isNull())
            return true;
        for (const QString &suffix : {QString(), QStringLiteral(".js"), QStringLiteral(".mjs"),
                                      QStringLiteral(".cjs"), QStringLiteral("/index.js")}) {
            if (hasFile(resolved + suffix))
                return true;
        }
        return checkFile(origin, line, arg, tr("Add that file or change the command to run a file the app has"));
    }
    return refuse(tr("%1 runs \"%2\", which starts Node without a script file. Name the file to run, for example "
                     "\"node server.js\"")
                      .arg(origin, line));
}

bool EntryPointCheck::checkPython(const QString &origin, const QString &line, const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-c" || arg == u"-")
            return true;
        if (arg == u"-m")
            return i + 1 >= args.size() || checkPythonModule(origin, line, args.at(i + 1), args.mid(i + 2));
        if (arg.startsWith(QLatin1String("-m")) && !arg.startsWith(QLatin1String("--")))
            return checkPythonModule(origin, line, arg.mid(2), args.mid(i + 1));
        if (arg == u"-W" || arg == u"-X") {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return checkFile(origin, line, arg, tr("Add that file or change the command to run a file the app has"));
    }
    return refuse(tr("%1 runs \"%2\", which starts Python without a script. Name the file to run, for example "
                     "\"python3 main.py\"")
                      .arg(origin, line));
}

bool EntryPointCheck::checkPythonModule(const QString &origin, const QString &line, const QString &module,
                                        const QStringList &args)
{
    if (module == u"http.server") {
        QString folder = QStringLiteral(".");
        for (qsizetype i = 0; i < args.size(); ++i) {
            if ((args.at(i) == u"--directory" || args.at(i) == u"-d") && i + 1 < args.size())
                folder = args.at(i + 1);
            else if (args.at(i).startsWith(QLatin1String("--directory=")))
                folder = args.at(i).mid(12);
        }
        const QString resolved = resolve(folder);
        if (resolved.isNull() || resolved == u"..")
            return true;
        const QString index = resolved.isEmpty() ? QStringLiteral("index.html") : resolved + QLatin1String("/index.html");
        if (hasFile(index) || mayBeBuilt(origin))
            return true;
        return refuse(tr("%1 runs \"%2\", which serves the folder \"%3\", but there is no \"%4\": the browser would "
                         "get a file listing instead of the app. Add %4")
                          .arg(origin, line, resolved.isEmpty() ? QStringLiteral(".") : resolved, index));
    }
    const QString modulePath = module.section(u'.', 0, 0);
    const QString asPath = QString(module).replace(u'.', u'/');
    const QStringList candidates{asPath + QLatin1String(".py"), asPath + QLatin1String("/__main__.py"),
                                 modulePath + QLatin1String(".py"), modulePath + QLatin1String("/__init__.py")};
    for (const QString &candidate : candidates) {
        if (hasFile(resolve(candidate)))
            return true;
    }
    if (!serverModules().contains(modulePath))
        return true;  // the standard library, or something we cannot know
    bool listed = false;
    for (const QString &spec : m_bundle.manifest().pipPackages())
        listed |= pipName(spec) == modulePath;
    if (!listed) {
        return refuse(tr("%1 runs \"%2\", but install.pip does not list \"%3\", so it will not be installed. Add "
                         "\"%3\" to install.pip, or use only the standard library")
                          .arg(origin, line, modulePath));
    }
    // "uvicorn main:app": the app module must be one of the files.
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-') && arg.contains(u':')) {
            const QString target = arg.section(u':', 0, 0).replace(u'.', u'/') + QLatin1String(".py");
            return checkFile(origin, line, target, tr("Add that module or change the command"));
        }
    }
    return true;
}

bool EntryPointCheck::checkNpm(const QString &origin, const QString &line, const QStringList &args, int depth)
{
    QStringList words;
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-'))
            words << arg;
    }
    QString script;
    if (words.value(0) == u"start" || words.value(0) == u"test")
        script = words.value(0);
    else if (words.value(0) == u"run" || words.value(0) == u"run-script")
        script = words.value(1);
    if (script.isEmpty())
        return true;  // npm install, npm exec...
    const QString packagePath = resolve(QStringLiteral("package.json"));
    if (packagePath.isNull())
        return true;
    const AppFile *package = m_bundle.file(packagePath);
    if (!package) {
        return refuse(tr("%1 runs \"%2\", but the app has no package.json. Add a package.json with a \"%3\" script, "
                         "or run the file directly, for example \"node server.js\"")
                          .arg(origin, line, script));
    }
    const QJsonObject scripts = QJsonDocument::fromJson(package->content).object().value(QLatin1String("scripts")).toObject();
    const QString command = scripts.value(script).toString();
    if (command.isEmpty()) {
        // npm's own default: "npm start" without a script runs server.js.
        if (script == u"start" && hasFile(resolve(QStringLiteral("server.js"))))
            return true;
        return refuse(tr("%1 runs \"%2\", but %3 has no \"scripts\": {\"%4\": ...}. Add the script, or run the file "
                         "directly, for example \"node server.js\"")
                          .arg(origin, line, packagePath, script));
    }
    if (depth >= MaxScriptDepth)
        return true;
    // npm runs a script in the folder of its package.json.
    const QString savedCwd = m_cwd;
    const bool ok = checkLine(tr("%1 \"scripts.%2\"").arg(packagePath, script), command, depth + 1);
    m_cwd = savedCwd;
    m_cwdKnown = true;
    return ok;
}

bool EntryPointCheck::checkFile(const QString &origin, const QString &line, const QString &path, const QString &hint)
{
    const QString resolved = resolve(path);
    if (resolved.isNull() || resolved == u".." || hasFile(resolved))
        return true;
    if (mayBeBuilt(origin))
        return true;
    QString message = tr("%1 runs \"%2\", but the app has no file \"%3\"").arg(origin, line, resolved);
    if (!hint.isEmpty())
        message += QLatin1String(". ") + hint;
    return refuse(message);
}

// A build step may create what start runs; only the build can tell.
bool EntryPointCheck::mayBeBuilt(const QString &origin) const
{
    return !m_bundle.manifest().build().isEmpty() && origin != m_buildOrigin;
}

bool EntryPointCheck::hasFile(const QString &path) const
{
    return !path.isEmpty() && m_bundle.file(path) != nullptr;
}

// `path` as a path inside the app folder, from the current folder. Null
// when it leaves what can be known (an absolute path elsewhere, "~").
QString EntryPointCheck::resolve(const QString &path) const
{
    const QString appPrefix = DeployPaths::appDir();
    if (path.startsWith(u'~'))
        return {};
    if (path.startsWith(u'/')) {
        if (path != appPrefix && !path.startsWith(appPrefix + u'/'))
            return {};
        return normalized(path.mid(appPrefix.size()).split(u'/'));
    }
    return normalized(QString(m_cwd + u'/' + path).split(u'/'));
}

bool EntryPointCheck::refuse(const QString &message)
{
    qCDebug(lc) << "refused:" << message;
    if (m_error)
        *m_error = SpawnError::user(message);
    return false;
}
