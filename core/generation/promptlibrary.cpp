// SPDX-License-Identifier: MIT
#include "promptlibrary.h"

#include "common/logredaction.h"
#include "deploy/deploypaths.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.generation.prompts")

// Prompts go to the model, not to the user: they stay English whatever
// language the window speaks.
QString english(const char *text)
{
    return QString::fromUtf8(text);
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

QString typeTemplate(std::optional<AppType> type)
{
    return type ? appTypeToString(*type) : QStringLiteral("auto");
}

// The simple prompt's one rule per type: the smallest app that can work.
QString simpleTypeRule(std::optional<AppType> type)
{
    if (!type) {
        return english(
            "Choose the type: \"script\" if the request is a computation or report whose result is text, "
            "\"api\" if it asks for a backend or endpoints, otherwise \"webapp\". Then follow the rule for "
            "that type: webapp: exactly one file, index.html, with the CSS in a <style> and the JavaScript in a "
            "<script> inside it; api: exactly one file, server.js, using only Node's built-in http module; "
            "script: exactly one file, main.py, using only the Python standard library.");
    }
    switch (*type) {
    case AppType::WebApp:
        return english("Write exactly one file, index.html, with the CSS in a <style> and the JavaScript "
                                 "in a <script> inside it. Manifest: {\"type\": \"webapp\"}.");
    case AppType::Api:
        return english("Write exactly one file, server.js, using only Node's built-in http module (no "
                                 "Express). It listens on process.env.PORT on 0.0.0.0 and answers GET / with a short "
                                 "HTML page that lists the endpoints. Manifest: {\"type\": \"api\", \"start\": "
                                 "\"node server.js\"}.");
    case AppType::Script:
        return english("Write exactly one file, main.py, using only the Python standard library. It "
                                 "prints its result and exits. Manifest: {\"type\": \"script\", \"start\": "
                                 "\"python3 main.py\"}.");
    }
    return {};
}

// What to look at first for each step a deployment can fail in.
QString stepHint(const QString &step, int port)
{
    if (step == u"validation")
        return english("SpawnAI refused the answer before running anything. Fix exactly what the message "
                                 "names. Write the whole app inside <app> ... </app>: first "
                                 "<manifest>{...}</manifest>, then one <file path=\"...\"> ... </file> per file, "
                                 "each tag on a line of its own, no Markdown fences.");
    if (step == u"syntax-check")
        return english("A file does not parse. Fix the syntax error at the file and line shown, and look "
                                 "for the same mistake elsewhere.");
    if (step == u"install-npm")
        return english("npm could not install the packages. Check that every name and version in "
                                 "install.npm and package.json exists on the npm registry; drop packages the app "
                                 "does not need.");
    if (step == u"install-pip")
        return english("pip could not install the packages. Check every name and version in install.pip; if "
                                 "the index cannot be reached, use only the Python standard library and remove "
                                 "install.pip.");
    if (step == u"build")
        return english("The \"build\" command failed. Fix the error it printed, or drop the build step if "
                                 "the app does not need one.");
    if (step == u"run-script")
        return english("The script exited with an error or ran too long (the limit is 2 minutes). Fix the "
                                 "error shown; the script must print its result and exit with code 0.");
    if (step == u"start" || step == u"wait-ready")
        return english("The app did not answer HTTP on port %1. It must start within 30 seconds, keep "
                                 "running, and listen on 0.0.0.0 (all interfaces) at the port in the PORT "
                                 "environment variable. If it crashed, the output above shows why.")
            .arg(port);
    return {};
}

bool isText(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
    return !decoder.hasError() && !text.contains(QChar(u'\0'));
}
} // namespace

PromptLibrary::PromptLibrary(const QString &root)
    : m_root(root)
{
    for (const QString &name : templateNames()) {
        QFile file(m_root + u'/' + name + QLatin1String(".md"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lc) << "prompt template missing:" << file.fileName();
            continue;
        }
        m_templates.insert(name, QString::fromUtf8(file.readAll()).trimmed());
    }
}

const PromptLibrary &PromptLibrary::builtIn()
{
    static const PromptLibrary library;
    return library;
}

QStringList PromptLibrary::templateNames()
{
    return {QStringLiteral("webapp"),   QStringLiteral("api"),    QStringLiteral("script"),
            QStringLiteral("auto"),     QStringLiteral("format"), QStringLiteral("runtime"),
            QStringLiteral("simple"),   QStringLiteral("request"), QStringLiteral("followup"),
            QStringLiteral("change"),   QStringLiteral("repair"),  QStringLiteral("continue")};
}

QStringList PromptLibrary::missingTemplates() const
{
    QStringList missing;
    for (const QString &name : templateNames()) {
        if (!m_templates.contains(name))
            missing << name;
    }
    return missing;
}

QString PromptLibrary::fill(QStringView text, const QHash<QString, QString> &values, QStringList *unknown)
{
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            result.append(text.sliced(at));
            break;
        }
        result.append(text.sliced(at, open - at));
        const QString name = text.sliced(open + 2, close - open - 2).trimmed().toString();
        const auto value = values.constFind(name);
        if (value != values.cend()) {
            result.append(*value);
        } else {
            result.append(text.sliced(open, close + 2 - open));
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        }
        at = close + 2;
    }
    return result;
}

QString PromptLibrary::render(const QString &name, const QHash<QString, QString> &values) const
{
    QStringList unknown;
    const QString result = fill(m_templates.value(name), values, &unknown);
    if (!unknown.isEmpty())
        qCWarning(lc) << "prompt" << name << "has placeholders without a value:" << unknown;
    return result;
}

QHash<QString, QString> PromptLibrary::runtimeValues(const RuntimeFacts &facts) const
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("PORT"), QString::number(facts.port));
    values.insert(QStringLiteral("APP_DIR"), DeployPaths::appDir());
    values.insert(QStringLiteral("WORKSPACE"), DeployPaths::workspace());
    values.insert(QStringLiteral("NODE_VERSION"), facts.nodeVersion);
    values.insert(QStringLiteral("PYTHON_VERSION"), facts.pythonVersion);
    values.insert(QStringLiteral("MAX_FILES"), QString::number(facts.limits.maxFiles));
    values.insert(QStringLiteral("MAX_FILE_SIZE"), formatBytes(facts.limits.maxFileBytes));
    values.insert(QStringLiteral("MAX_TOTAL_SIZE"), formatBytes(facts.limits.maxTotalBytes));
    values.insert(QStringLiteral("NPM_RULE"),
                  facts.npmInstall
                      ? english("Packages in install.npm (or in a package.json you send) are installed with npm before "
                           "the app starts. Add one only when it clearly earns its place: Node's built-in modules "
                           "(http, fs, path, url, crypto) cover most small servers. npm runs no package's install scripts: "
                           "a package that cannot work without them (a native module such as sharp or bcrypt) must "
                           "also be named in install.npmScripts, and they run only once the user approves; prefer "
                           "packages that need none.")
                      : english("npm packages cannot be installed here: use only Node's built-in modules and leave "
                           "install.npm empty."));
    values.insert(QStringLiteral("PIP_RULE"),
                  facts.pipInstall
                      ? english("Packages in install.pip are installed with pip before the app starts. Prefer the Python "
                           "%1 standard library; add a package only when the standard library really cannot do "
                           "the job. Run tools that pip installs as modules (\"python3 -m uvicorn main:app --host "
                           "0.0.0.0 --port %2\"): their commands are not on the PATH. pip installs wheels only: a package "
                           "that must build from source also goes in install.pipSource, and builds only once the "
                           "user approves.")
                            .arg(facts.pythonVersion)
                            .arg(facts.port)
                      : english("Python packages cannot be installed here (there is no access to PyPI): use only the "
                           "Python %1 standard library and leave install.pip empty.")
                            .arg(facts.pythonVersion));
    values.insert(QStringLiteral("INTERNET_RULE"),
                  facts.internetAccess
                      ? english("The running app can reach the internet. It may call public APIs that need no key and "
                           "load a library from a well-known CDN with a pinned version, but local files are "
                           "preferred: they load faster and cannot disappear.")
                      : english("The running app has no internet access: it cannot call outside APIs, and nothing can be "
                           "loaded from a CDN or a font service. Put every script, style, icon and image in the "
                           "app's own files (inline SVG and system fonts work well). Package installs still work: "
                           "they run before the app starts."));
    if (!facts.environmentNames.isEmpty()) {
        // One more rule in the same list; a prompt without variables stays byte for byte what it was.
        values[QStringLiteral("INTERNET_RULE")] +=
            english("\n- The app can read these environment variables: %1 (their values are set when it runs; "
                    "never hard-code them or put them in a file, and never send them to the browser: read them "
                    "on the server with process.env.NAME in Node.js or os.environ[\"NAME\"] in Python).")
                .arg(facts.environmentNames.join(QStringLiteral(", ")));
    }
    return values;
}

QString PromptLibrary::systemPrompt(std::optional<AppType> type, const RuntimeFacts &facts) const
{
    QHash<QString, QString> values = runtimeValues(facts);
    values.insert(QStringLiteral("RUNTIME"), render(QStringLiteral("runtime"), values));
    values.insert(QStringLiteral("FORMAT"), render(QStringLiteral("format"), values));
    return render(typeTemplate(type), values);
}

QString PromptLibrary::simpleSystemPrompt(std::optional<AppType> type, const RuntimeFacts &facts) const
{
    QHash<QString, QString> values = runtimeValues(facts);
    values.insert(QStringLiteral("TYPE_RULE"), simpleTypeRule(type));
    // The skeleton shows the manifest of the type asked for, type first.
    const AppType shown = type.value_or(AppType::WebApp);
    const QString start = shown == AppType::WebApp ? QString()
        : QStringLiteral(", \"start\": \"%1\"")
              .arg(shown == AppType::Api ? QStringLiteral("node server.js") : QStringLiteral("python3 main.py"));
    values.insert(QStringLiteral("SIMPLE_MANIFEST"), QStringLiteral("{\"type\": \"%1\", \"port\": %2%3, \"name\": \"Short title\"}")
                                                         .arg(appTypeToString(shown))
                                                         .arg(facts.port)
                                                         .arg(start));
    values.insert(QStringLiteral("SIMPLE_FILE"), shown == AppType::WebApp ? QStringLiteral("index.html")
                                                   : shown == AppType::Api ? QStringLiteral("server.js")
                                                                           : QStringLiteral("main.py"));
    return render(QStringLiteral("simple"), values);
}

QString PromptLibrary::requestPrompt(const QString &request) const
{
    return render(QStringLiteral("request"), {{QStringLiteral("REQUEST"), request.trimmed()}});
}

QString PromptLibrary::followUpPrompt(const QString &request, const AppBundle &current, qsizetype contentBudget) const
{
    QString files;
    QStringList omitted;
    qsizetype used = 0;
    for (const AppFile &file : current.files()) {
        if (!isText(file.content)) {
            omitted << english("%1 (%2, not text)").arg(file.path, formatBytes(file.content.size()));
            continue;
        }
        if (used + file.content.size() > contentBudget) {
            omitted << english("%1 (%2)").arg(file.path, formatBytes(file.content.size()));
            continue;
        }
        used += file.content.size();
        QString content = QString::fromUtf8(file.content);
        if (!content.endsWith(u'\n'))
            content.append(u'\n');
        files += QLatin1String("<file path=\"") + file.path + QLatin1String("\">\n") + content
            + QLatin1String("</file>\n");
    }
    const QString omittedText =
        omitted.isEmpty() ? QString()
                          : english("These files exist but are not shown, to keep this message short: %1. Send one of "
                               "them only if you must change it, and then in full.")
                                .arg(omitted.join(QLatin1String(", ")));
    return render(QStringLiteral("followup"),
                  {{QStringLiteral("MANIFEST"), QString::fromUtf8(current.manifest().toJson()).trimmed()},
                   {QStringLiteral("FILES"), files.trimmed()},
                   {QStringLiteral("OMITTED"), omittedText},
                   {QStringLiteral("REQUEST"), request.trimmed()}});
}

QString PromptLibrary::changePrompt(const QString &request) const
{
    return render(QStringLiteral("change"), {{QStringLiteral("REQUEST"), request.trimmed()}});
}

QString PromptLibrary::repairPrompt(const RepairRequest &repair) const
{
    const QString output = repair.outputTail.trimmed().isEmpty() ? english("(no output)") : repair.outputTail.trimmed();
    const QString attempt = repair.attempt >= repair.maxAttempts
        ? english("This is the last attempt: prefer the simplest fix that surely works.")
        : english("This is attempt %1 of %2.").arg(repair.attempt).arg(repair.maxAttempts);
    return render(QStringLiteral("repair"),
                  {{QStringLiteral("STEP"), repair.step},
                   {QStringLiteral("ERROR"), repair.error.trimmed()},
                   {QStringLiteral("OUTPUT"), output},
                   {QStringLiteral("HINT"), stepHint(repair.step, repair.port)},
                   {QStringLiteral("ATTEMPT"), attempt}});
}

QString PromptLibrary::repairInstruction(const RepairRequest &repair)
{
    return stepHint(repair.step, repair.port);
}

QString PromptLibrary::continuationPrompt(const QString &where) const
{
    return render(QStringLiteral("continue"), {{QStringLiteral("WHERE"), where}});
}

QString PromptLibrary::outputTail(const QByteArray &output, int maxLines, qsizetype maxChars)
{
    static const QRegularExpression escapes(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\\\-_]"));
    QString text = QString::fromUtf8(output);
    text.remove(escapes);
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    for (QString &line : lines) {
        // A progress bar redraws its line with "\r": only the last state counts.
        const qsizetype carriageReturn = line.lastIndexOf(u'\r', line.size() - 2);
        if (carriageReturn >= 0)
            line = line.mid(carriageReturn + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    QString tail = lines.join(u'\n');
    if (tail.size() > maxChars) {
        tail = tail.right(maxChars);
        const qsizetype lineStart = tail.indexOf(u'\n');
        if (lineStart >= 0 && lineStart < tail.size() / 2)
            tail = tail.mid(lineStart + 1);
        tail.prepend(QLatin1String("[...]\n"));
    }
    return LogRedaction::redact(tail);
}
