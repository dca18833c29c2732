// SPDX-License-Identifier: MIT
#include "generation/syntaxchecks.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestGenerationSyntaxChecks final : public QObject
{
    Q_OBJECT

private slots:
    void codeFiles_getOneArgvEach();
    void otherFiles_areSkipped();
    void theNumberOfChecks_isCapped();
    void optionLikeNames_stayFiles();
    void commands_findErrorsForReal_data();
    void commands_findErrorsForReal();
};

void TestGenerationSyntaxChecks::codeFiles_getOneArgvEach()
{
    const QList<CommandSpec> commands = SyntaxChecks::commands(
        {QStringLiteral("server.js"), QStringLiteral("index.html"), QStringLiteral("lib/util.mjs"),
         QStringLiteral("main.py"), QStringLiteral("config.cjs")});
    QCOMPARE(commands.size(), 4);
    // In path order, so runs and logs are repeatable.
    QCOMPARE(commands.at(0).argv, (QStringList{QStringLiteral("node"), QStringLiteral("--check"), QStringLiteral("config.cjs")}));
    QCOMPARE(commands.at(1).argv, (QStringList{QStringLiteral("node"), QStringLiteral("--check"), QStringLiteral("lib/util.mjs")}));
    QCOMPARE(commands.at(2).argv, (QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("py_compile"),
                                               QStringLiteral("main.py")}));
    QCOMPARE(commands.at(3).argv, (QStringList{QStringLiteral("node"), QStringLiteral("--check"), QStringLiteral("server.js")}));
    for (const CommandSpec &command : commands) {
        QCOMPARE(command.workingDirectory, QStringLiteral("/home/user/app"));
        QVERIFY(!command.needsNetwork);
        QCOMPARE(command.timeout, std::chrono::milliseconds(SyntaxChecks::Timeout));
    }
    QCOMPARE(commands.at(2).environment.value(QStringLiteral("PYTHONPYCACHEPREFIX")), SyntaxChecks::pythonCacheDir());
    QVERIFY(commands.at(0).environment.isEmpty());
    QCOMPARE(SyntaxChecks::checkedFile(commands.at(2)), QStringLiteral("main.py"));
}

void TestGenerationSyntaxChecks::otherFiles_areSkipped()
{
    QVERIFY(SyntaxChecks::commands({QStringLiteral("node_modules/x/index.js"), QStringLiteral("a/node_modules/b.js"),
                                    QStringLiteral("app.jsx"), QStringLiteral("types.ts"), QStringLiteral("data.json"),
                                    QStringLiteral("script.pyc"), QStringLiteral("notes.md")})
                .isEmpty());
}

void TestGenerationSyntaxChecks::theNumberOfChecks_isCapped()
{
    QStringList paths;
    for (int i = 0; i < 250; ++i)
        paths << QStringLiteral("src/m%1.js").arg(i, 3, 10, QLatin1Char('0'));
    QCOMPARE(SyntaxChecks::commands(paths).size(), SyntaxChecks::MaxFiles);
    QCOMPARE(SyntaxChecks::skippedFiles(paths), 50);
    QCOMPARE(SyntaxChecks::commands(paths, 10).size(), 10);
    QCOMPARE(SyntaxChecks::skippedFiles(paths.mid(0, 5)), 0);
}

void TestGenerationSyntaxChecks::optionLikeNames_stayFiles()
{
    const QList<CommandSpec> commands = SyntaxChecks::commands({QStringLiteral("-e.js"), QStringLiteral("--help.py")});
    QCOMPARE(commands.at(0).argv.constLast(), QStringLiteral("./--help.py"));
    QCOMPARE(commands.at(1).argv.constLast(), QStringLiteral("./-e.js"));
    QCOMPARE(SyntaxChecks::checkedFile(commands.at(1)), QStringLiteral("-e.js"));
}

void TestGenerationSyntaxChecks::commands_findErrorsForReal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("passes");
    QTest::newRow("good js") << QStringLiteral("ok.js") << QByteArray("const a = [1, 2].map((x) => x * 2);\n") << true;
    QTest::newRow("bad js") << QStringLiteral("bad.js") << QByteArray("const a = ;\n") << false;
    QTest::newRow("good esm") << QStringLiteral("mod.mjs") << QByteArray("export const a = 1;\n") << true;
    QTest::newRow("good py") << QStringLiteral("ok.py") << QByteArray("def f(x):\n    return x * 2\n") << true;
    QTest::newRow("bad py") << QStringLiteral("bad.py") << QByteArray("def f(:\n") << false;
    QTest::newRow("option-like name") << QStringLiteral("-p.js") << QByteArray("let x = 1;\n") << true;
}

void TestGenerationSyntaxChecks::commands_findErrorsForReal()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(bool, passes);
    const QList<CommandSpec> commands = SyntaxChecks::commands({path});
    QCOMPARE(commands.size(), 1);
    const QString program = QStandardPaths::findExecutable(commands.at(0).argv.constFirst());
    if (program.isEmpty())
        QSKIP("node or python3 is not installed here");
    QTemporaryDir app;
    QVERIFY(app.isValid());
    QFile file(app.filePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QProcess process;
    process.setWorkingDirectory(app.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (commands.at(0).environment.contains(QStringLiteral("PYTHONPYCACHEPREFIX")))
        environment.insert(QStringLiteral("PYTHONPYCACHEPREFIX"), app.filePath(QStringLiteral(".cache")));
    process.setProcessEnvironment(environment);
    process.start(program, commands.at(0).argv.mid(1));
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardError() + process.readAllStandardOutput();
    QCOMPARE(process.exitCode() == 0, passes);
    if (!passes)
        QVERIFY2(output.contains(path.toUtf8()), output.constData());
    // Bytecode stays out of the app folder.
    QVERIFY(!QFileInfo::exists(app.filePath(QStringLiteral("__pycache__"))));
}

QTEST_GUILESS_MAIN(TestGenerationSyntaxChecks)
#include "test_generation_syntaxchecks.moc"
