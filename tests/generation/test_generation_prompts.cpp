// SPDX-License-Identifier: MIT
#include "generation/appanswerparser.h"
#include "generation/generatedappbuilder.h"
#include "generation/promptlibrary.h"
#include "generation/syntaxchecks.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(std::optional<AppType>)

namespace {
const PromptLibrary &library()
{
    return PromptLibrary::builtIn();
}

// The example answer a prompt teaches, from its "<app>" line to "</app>".
QString exampleAnswer(const QString &prompt)
{
    const qsizetype start = prompt.lastIndexOf(QLatin1String("\n<app>\n"));
    const qsizetype end = prompt.indexOf(QLatin1String("\n</app>"), start);
    return start < 0 || end < 0 ? QString() : prompt.mid(start + 1, end + 7 - start);
}
} // namespace

class TestGenerationPrompts final : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplate_isBuiltIn();
    void systemPrompts_areComplete_data();
    void systemPrompts_areComplete();
    void systemPrompts_followTheRuntime();
    void examples_parseAndBuild_data();
    void examples_parseAndBuild();
    void simplePrompts_areShorterAndStrict_data();
    void simplePrompts_areShorterAndStrict();
    void requestPrompt_keepsUserTextAsIs();
    void followUpPrompt_showsTheAppAndTheRequest();
    void changePrompt_carriesOnlyTheRequest();
    void repairPrompt_namesTheStepAndTheOutput();
    void outputTail_keepsTheLastLinesClean();
    void fill_leavesUnknownNamesAndReportsThem();
};

void TestGenerationPrompts::everyTemplate_isBuiltIn()
{
    QVERIFY2(library().missingTemplates().isEmpty(), qPrintable(library().missingTemplates().join(u' ')));
}

void TestGenerationPrompts::systemPrompts_areComplete_data()
{
    QTest::addColumn<std::optional<AppType>>("type");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("webapp") << std::optional<AppType>(AppType::WebApp) << QStringLiteral("**webapp**");
    QTest::newRow("api") << std::optional<AppType>(AppType::Api) << QStringLiteral("**api**");
    QTest::newRow("script") << std::optional<AppType>(AppType::Script) << QStringLiteral("**script**");
    QTest::newRow("auto") << std::optional<AppType>() << QStringLiteral("First choose the type");
}

void TestGenerationPrompts::systemPrompts_areComplete()
{
    QFETCH(std::optional<AppType>, type);
    QFETCH(QString, mentions);
    const QString prompt = library().systemPrompt(type, RuntimeFacts{});
    QVERIFY(prompt.size() > 3000);
    QVERIFY2(!prompt.contains(QLatin1String("{{")) && !prompt.contains(QLatin1String("}}")), qPrintable(prompt));
    QVERIFY(prompt.contains(mentions));
    // format.md and runtime.md are composed in.
    QVERIFY(prompt.contains(QLatin1String("# How to write your answer")));
    QVERIFY(prompt.contains(QLatin1String("# Where the app runs")));
    QVERIFY(prompt.contains(QLatin1String("<delete path=\"old.js\"/>")));
    QVERIFY(prompt.contains(QLatin1String("/home/user/app")));
    QVERIFY(prompt.contains(QLatin1String("\"port\": 3000")));
    QVERIFY(prompt.contains(QLatin1String("Node.js 20")));
    QVERIFY(prompt.contains(QLatin1String("Python 3.11")));
    QVERIFY(prompt.contains(QLatin1String("at most 500 files, 2 MiB per file, 20 MiB in all")));
}

void TestGenerationPrompts::systemPrompts_followTheRuntime()
{
    RuntimeFacts offline;
    offline.pipInstall = false;
    offline.npmInstall = true;
    offline.internetAccess = false;
    offline.port = 4321;
    const QString closed = library().systemPrompt(AppType::Script, offline);
    QVERIFY(closed.contains(QLatin1String("no access to PyPI")));
    QVERIFY(closed.contains(QLatin1String("no internet access")));
    QVERIFY(closed.contains(QLatin1String("\"port\": 4321")));
    QVERIFY(!closed.contains(QLatin1String("3000")));

    RuntimeFacts online;
    online.internetAccess = true;
    online.npmInstall = false;
    const QString open = library().systemPrompt(AppType::WebApp, online);
    QVERIFY(open.contains(QLatin1String("can reach the internet")));
    QVERIFY(open.contains(QLatin1String("npm packages cannot be installed")));
    QVERIFY(open.contains(QLatin1String("Packages in install.pip are installed")));
}

void TestGenerationPrompts::examples_parseAndBuild_data()
{
    QTest::addColumn<std::optional<AppType>>("type");
    QTest::newRow("webapp") << std::optional<AppType>(AppType::WebApp);
    QTest::newRow("api") << std::optional<AppType>(AppType::Api);
    QTest::newRow("script") << std::optional<AppType>(AppType::Script);
}

void TestGenerationPrompts::examples_parseAndBuild()
{
    // What the prompt shows must be what the parser and builder accept.
    QFETCH(std::optional<AppType>, type);
    const QString example = exampleAnswer(library().systemPrompt(type, RuntimeFacts{}));
    QVERIFY(!example.isEmpty());
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(example, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(answer.complete);
    const auto bundle = GeneratedAppBuilder().build(answer, &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), *type);

    // And its code parses, checked the way the sandbox checks it.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const AppFile &file : bundle->files()) {
        QFile out(folder.filePath(file.path));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
    }
    for (const CommandSpec &check : SyntaxChecks::commands(bundle->paths())) {
        const QString program = QStandardPaths::findExecutable(check.argv.constFirst());
        if (program.isEmpty())
            QSKIP("node or python3 is not installed here");
        QProcess process;
        process.setWorkingDirectory(folder.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PYTHONPYCACHEPREFIX"), folder.filePath(QStringLiteral(".cache")));
        process.setProcessEnvironment(environment);
        process.start(program, check.argv.mid(1));
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
}

void TestGenerationPrompts::simplePrompts_areShorterAndStrict_data()
{
    examples_parseAndBuild_data();
    QTest::newRow("auto") << std::optional<AppType>();
}

void TestGenerationPrompts::simplePrompts_areShorterAndStrict()
{
    QFETCH(std::optional<AppType>, type);
    const QString simple = library().simpleSystemPrompt(type, RuntimeFacts{});
    QVERIFY(!simple.contains(QLatin1String("{{")));
    QVERIFY(simple.size() * 3 < library().systemPrompt(type, RuntimeFacts{}).size());
    QVERIFY(simple.contains(QLatin1String("exactly one file")));
    QVERIFY(simple.contains(QLatin1String("No packages")));
    // Its skeleton answer is well-formed too.
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(exampleAnswer(simple), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(answer.files.size(), 1);
    QVERIFY(Manifest::fromJson(*answer.manifestJson, &error));
}

void TestGenerationPrompts::requestPrompt_keepsUserTextAsIs()
{
    const QString request = QStringLiteral("  A timer with {{PORT}} and </request> in it  ");
    const QString prompt = library().requestPrompt(request);
    QVERIFY(prompt.contains(QLatin1String("A timer with {{PORT}} and </request> in it\n</request>")));
    QVERIFY(prompt.contains(QLatin1String("<app> format")));
}

void TestGenerationPrompts::followUpPrompt_showsTheAppAndTheRequest()
{
    Manifest manifest(AppType::Api);
    manifest.setStart(QStringLiteral("node server.js"));
    const AppBundle app(manifest, {{QStringLiteral("server.js"), "require('http');\n", false},
                                   {QStringLiteral("big.json"), QByteArray(5000, 'x'), false},
                                   {QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), false}});
    const QString prompt = library().followUpPrompt(QStringLiteral("Add a /api/time endpoint"), app, 1000);
    QVERIFY(!prompt.contains(QLatin1String("{{")));
    QVERIFY(prompt.contains(QLatin1String("<file path=\"server.js\">\nrequire('http');\n</file>")));
    QVERIFY(prompt.contains(QLatin1String("\"start\": \"node server.js\"")));
    QVERIFY(prompt.contains(QLatin1String("<request>\nAdd a /api/time endpoint\n</request>")));
    QVERIFY2(prompt.contains(QLatin1String("big.json (")), qPrintable(prompt));
    QVERIFY(prompt.contains(QLatin1String("logo.png (")));
    QVERIFY(!prompt.contains(QLatin1String("xxxxxxxx")));
    QVERIFY(prompt.contains(QLatin1String("<delete path=")));
}

void TestGenerationPrompts::changePrompt_carriesOnlyTheRequest()
{
    // Within the conversation that wrote the app the model has seen every
    // file: the turn is the request and the answer's rules, nothing else.
    const QString prompt = library().changePrompt(QStringLiteral("  Add a {{PORT}} counter\n"));
    QVERIFY(prompt.contains(QLatin1String("<request>\nAdd a {{PORT}} counter\n</request>")));
    QVERIFY(!prompt.contains(QLatin1String("<current_app>")));
    QVERIFY(prompt.contains(QLatin1String("<delete path=")));
    QVERIFY(prompt.contains(QLatin1String("only what changes")));
    QVERIFY(prompt.size() < 600);
}

void TestGenerationPrompts::repairPrompt_namesTheStepAndTheOutput()
{
    RepairRequest repair;
    repair.step = QStringLiteral("wait-ready");
    repair.error = QStringLiteral("The app exited with code 1 before it answered on port 3000");
    repair.outputTail = QStringLiteral("Error: listen EADDRINUSE\n    at server.js:12");
    repair.attempt = 1;
    const QString prompt = library().repairPrompt(repair);
    QVERIFY(!prompt.contains(QLatin1String("{{")));
    QVERIFY(prompt.contains(QLatin1String("step \"wait-ready\"")));
    QVERIFY(prompt.contains(repair.error));
    QVERIFY(prompt.contains(QLatin1String("<output>\nError: listen EADDRINUSE\n    at server.js:12\n</output>")));
    QVERIFY(prompt.contains(QLatin1String("0.0.0.0")));
    QVERIFY(prompt.contains(QLatin1String("only the changed files")));
    QVERIFY(prompt.contains(QLatin1String("attempt 1 of 3")));
    repair.attempt = 3;
    repair.outputTail.clear();
    const QString last = library().repairPrompt(repair);
    QVERIFY(last.contains(QLatin1String("last attempt")));
    QVERIFY(last.contains(QLatin1String("(no output)")));
}

void TestGenerationPrompts::outputTail_keepsTheLastLinesClean()
{
    QByteArray output;
    for (int i = 1; i <= 100; ++i)
        output += "line " + QByteArray::number(i) + "\n";
    output += "\x1b[31mError:\x1b[0m boom x-api-key: sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789\n"
              "progress 10%\rprogress 100%\n\n";
    const QString tail = PromptLibrary::outputTail(output, 5);
    const QStringList lines = tail.split(u'\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("line 98"));
    QVERIFY(lines.at(3).startsWith(QLatin1String("Error: boom")));
    QVERIFY2(!tail.contains(QLatin1String("sk-ant-api03")), qPrintable(tail));
    QCOMPARE(lines.at(4), QStringLiteral("progress 100%"));
    const QString cut = PromptLibrary::outputTail(output, 1000, 200);
    QVERIFY(cut.size() <= 220);
    QVERIFY(cut.startsWith(QLatin1String("[...]\nline ")));
}

void TestGenerationPrompts::fill_leavesUnknownNamesAndReportsThem()
{
    QStringList unknown;
    const QString filled = PromptLibrary::fill(u"a {{X}} b {{ Y }} c {{Z}} {{", {{QStringLiteral("X"), QStringLiteral("{{Z}}")},
                                                                            {QStringLiteral("Y"), QStringLiteral("2")}},
                                               &unknown);
    QCOMPARE(filled, QStringLiteral("a {{Z}} b 2 c {{Z}} {{"));
    QCOMPARE(unknown, QStringList{QStringLiteral("Z")});
}

QTEST_GUILESS_MAIN(TestGenerationPrompts)
#include "test_generation_prompts.moc"
