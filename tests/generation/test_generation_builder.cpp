// SPDX-License-Identifier: MIT
#include "generation/appanswerparser.h"
#include "generation/entrypointcheck.h"
#include "generation/generatedappbuilder.h"
#include "generationfixtures.h"

#include <QTest>

namespace {
using Files = QList<std::pair<QString, QString>>;

QString answerText(const QString &manifest, const Files &files, const QStringList &deletions = {})
{
    QString text = QStringLiteral("<app>\n");
    if (!manifest.isNull())
        text += QLatin1String("<manifest>\n") + manifest + QLatin1String("\n</manifest>\n");
    for (const auto &[path, content] : files)
        text += QLatin1String("<file path=\"") + path + QLatin1String("\">\n") + content + QLatin1String("\n</file>\n");
    for (const QString &path : deletions)
        text += QLatin1String("<delete path=\"") + path + QLatin1String("\"/>\n");
    return text + QLatin1String("</app>\n");
}

AppAnswer parsed(const QString &text)
{
    SpawnError error;
    AppAnswer answer = AppAnswerParser::parse(text, &error);
    if (error.isError())
        qFatal("fixture does not parse: %s", qPrintable(error.message));
    return answer;
}

SpawnError buildError(const QString &manifest, const Files &files)
{
    SpawnError error;
    if (GeneratedAppBuilder().build(parsed(answerText(manifest, files)), &error))
        return {};
    return error;
}

const QString html = QStringLiteral("<!DOCTYPE html><title>x</title>");
} // namespace

class TestGenerationBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void fixtureAnswer_buildsABundle();
    void badManifestJson_isAClearError();
    void missingManifest_isRefusedForANewApp();
    void manifestSentAsAFile_isAccepted();
    void pathTraversal_isRefusedNamingThePath();
    void shellCharactersInAPackage_areRefusedNamingTheSpec();
    void incompleteAnswers_areRefused();
    void entryPoints_data();
    void entryPoints();
    void splitCommandLine_readsLikeAShell();
    void followUp_mergesOntoThePreviousApp();
    void followUp_replacesTheManifestWhenSent();
    void followUp_sentAndDeleted_isRefused();
    void followUp_thatBreaksTheEntryPoint_isRefused();
    void placeholders_areRefused_data();
    void placeholders_areRefused();
    void shebangFiles_areExecutable();
    void noFiles_isRefused();
};

void TestGenerationBuilder::fixtureAnswer_buildsABundle()
{
    SpawnError error;
    const auto bundle = GeneratedAppBuilder().build(parsed(generationFixture(QStringLiteral("todo-answer.txt"))), &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::WebApp);
    QCOMPARE(bundle->manifest().name(), QStringLiteral("Todos"));
    QCOMPARE(bundle->files().size(), 4);
    QVERIFY(bundle->file(QStringLiteral("index.html")));
}

void TestGenerationBuilder::badManifestJson_isAClearError()
{
    const SpawnError error = buildError(QStringLiteral("{\"type\": \"webapp\", \"port\": 3000,}"), {{QStringLiteral("index.html"), html}});
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.startsWith(QLatin1String("The <manifest> block is not valid: spawnai.json: not valid JSON")),
             qPrintable(error.message));
    const SpawnError unknown = buildError(QStringLiteral("{\"type\": \"webapp\", \"entry\": \"x\"}"), {{QStringLiteral("index.html"), html}});
    QVERIFY2(unknown.message.contains(QLatin1String("unknown field \"entry\"")), qPrintable(unknown.message));
}

void TestGenerationBuilder::missingManifest_isRefusedForANewApp()
{
    const SpawnError error = buildError(QString(), {{QStringLiteral("index.html"), html}});
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("no <manifest>")), qPrintable(error.message));
}

void TestGenerationBuilder::manifestSentAsAFile_isAccepted()
{
    SpawnError error;
    const auto bundle = GeneratedAppBuilder().build(
        parsed(answerText(QString(), {{QStringLiteral("spawnai.json"), QStringLiteral("{\"type\": \"script\", \"start\": \"python3 main.py\"}")},
                                      {QStringLiteral("main.py"), QStringLiteral("print(1)")}})),
        &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::Script);
    QCOMPARE(bundle->files().size(), 1);

    const SpawnError both = buildError(QStringLiteral("{\"type\": \"webapp\"}"),
                                       {{QStringLiteral("spawnai.json"), QStringLiteral("{}")}, {QStringLiteral("index.html"), html}});
    QVERIFY2(both.message.contains(QLatin1String("both a <manifest>")), qPrintable(both.message));
}

void TestGenerationBuilder::pathTraversal_isRefusedNamingThePath()
{
    const SpawnError error = buildError(QStringLiteral("{\"type\": \"webapp\"}"),
                                        {{QStringLiteral("index.html"), html}, {QStringLiteral("../../etc/passwd"), QStringLiteral("root::0:0")}});
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("\"../../etc/passwd\"")), qPrintable(error.message));

    SpawnError deleteError;
    QVERIFY(!GeneratedAppBuilder().buildFollowUp(AppBundle(Manifest(AppType::WebApp), {{QStringLiteral("index.html"), html.toUtf8(), false}}),
                                                 parsed(answerText(QString(), {}, {QStringLiteral("../secret")})), &deleteError));
    QVERIFY2(deleteError.message.contains(QLatin1String("\"../secret\"")), qPrintable(deleteError.message));
}

void TestGenerationBuilder::shellCharactersInAPackage_areRefusedNamingTheSpec()
{
    const SpawnError error = buildError(
        QStringLiteral("{\"type\": \"api\", \"start\": \"node server.js\", \"install\": {\"npm\": [\"express\", \"left-pad; curl x | sh\"]}}"),
        {{QStringLiteral("server.js"), QStringLiteral("require('http')")}});
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("left-pad; curl x | sh")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("install.npm")), qPrintable(error.message));
}

void TestGenerationBuilder::incompleteAnswers_areRefused()
{
    SpawnError error;
    AppAnswerParser parser;
    parser.feed(QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n<file path=\"index.html\">\n<h1>"));
    parser.finish();
    QVERIFY(!GeneratedAppBuilder().build(parser.answer(), &error));
    QVERIFY2(error.message.contains(QLatin1String("stopped inside file \"index.html\"")), qPrintable(error.message));

    QVERIFY(!GeneratedAppBuilder().build(AppAnswer{}, &error));
    QVERIFY2(error.message.contains(QLatin1String("had no app in it")), qPrintable(error.message));
}

void TestGenerationBuilder::entryPoints_data()
{
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("packageJson");
    QTest::addColumn<QString>("refusal");  // empty: accepted

    const QString noPackage;
    auto row = [](const char *name, const QString &manifest, const QStringList &paths, const QString &packageJson,
                  const QString &refusal) { QTest::newRow(name) << manifest << paths << packageJson << refusal; };

    row("webapp with index.html", QStringLiteral("{\"type\": \"webapp\"}"), {QStringLiteral("index.html")}, noPackage, {});
    row("webapp without index.html", QStringLiteral("{\"type\": \"webapp\"}"), {QStringLiteral("public/index.html")}, noPackage,
        QStringLiteral("no \"index.html\" at the top"));
    row("webapp served from a folder", QStringLiteral("{\"type\": \"webapp\", \"start\": \"python3 -m http.server 3000 --directory public\"}"),
        {QStringLiteral("public/index.html")}, noPackage, {});
    row("webapp served from an empty folder", QStringLiteral("{\"type\": \"webapp\", \"start\": \"python3 -m http.server 3000 -d public\"}"),
        {QStringLiteral("index.html")}, noPackage, QStringLiteral("\"public/index.html\""));
    row("api node file", QStringLiteral("{\"type\": \"api\", \"start\": \"node server.js\"}"), {QStringLiteral("server.js")}, noPackage, {});
    row("api node file missing", QStringLiteral("{\"type\": \"api\", \"start\": \"node app.js\"}"), {QStringLiteral("server.js")}, noPackage,
        QStringLiteral("spawnai.json: \"start\" runs \"node app.js\", but the app has no file \"app.js\""));
    row("api node without extension", QStringLiteral("{\"type\": \"api\", \"start\": \"node --enable-source-maps src/index\"}"),
        {QStringLiteral("src/index.js")}, noPackage, {});
    row("api node without script", QStringLiteral("{\"type\": \"api\", \"start\": \"node\"}"), {QStringLiteral("server.js")}, noPackage,
        QStringLiteral("without a script file"));
    row("api cd then node", QStringLiteral("{\"type\": \"api\", \"start\": \"cd backend && PORT=3000 exec node server.js > log.txt 2>&1\"}"),
        {QStringLiteral("backend/server.js")}, noPackage, {});
    row("api cd then missing", QStringLiteral("{\"type\": \"api\", \"start\": \"cd backend && node server.js\"}"),
        {QStringLiteral("server.js")}, noPackage, QStringLiteral("no file \"backend/server.js\""));
    row("api cd into the app folder", QStringLiteral("{\"type\": \"api\", \"start\": \"cd /home/user/app && node main.js\"}"),
        {QStringLiteral("server.js")}, noPackage, QStringLiteral("no file \"main.js\""));
    row("api absolute path", QStringLiteral("{\"type\": \"api\", \"start\": \"node /home/user/app/server.js\"}"),
        {QStringLiteral("server.js")}, noPackage, {});
    row("npm start without package.json", QStringLiteral("{\"type\": \"api\", \"start\": \"npm start\"}"), {QStringLiteral("index.js")},
        noPackage, QStringLiteral("has no package.json"));
    row("npm start with script", QStringLiteral("{\"type\": \"api\", \"start\": \"npm start\"}"), {QStringLiteral("app.js")},
        QStringLiteral("{\"scripts\": {\"start\": \"node app.js\"}}"), {});
    row("npm start script runs missing file", QStringLiteral("{\"type\": \"api\", \"start\": \"npm start\"}"), {QStringLiteral("app.js")},
        QStringLiteral("{\"scripts\": {\"start\": \"node src/main.js\"}}"),
        QStringLiteral("package.json \"scripts.start\" runs \"node src/main.js\", but the app has no file \"src/main.js\""));
    row("npm start falls back to server.js", QStringLiteral("{\"type\": \"api\", \"start\": \"npm start\"}"), {QStringLiteral("server.js")},
        QStringLiteral("{\"name\": \"x\"}"), {});
    row("npm run missing script", QStringLiteral("{\"type\": \"api\", \"start\": \"npm run serve\"}"), {QStringLiteral("server.js")},
        QStringLiteral("{\"scripts\": {\"start\": \"node server.js\"}}"), QStringLiteral("no \"scripts\": {\"serve\""));
    row("build script missing", QStringLiteral("{\"type\": \"api\", \"start\": \"node server.js\", \"build\": \"npm run build\"}"),
        {QStringLiteral("server.js")}, QStringLiteral("{\"scripts\": {}}"), QStringLiteral("spawnai.json: \"build\" runs \"npm run build\""));
    row("built entry is not checked", QStringLiteral("{\"type\": \"webapp\", \"start\": \"python3 -m http.server 3000 --directory dist\", \"build\": \"node build.js\"}"),
        {QStringLiteral("build.js")}, noPackage, {});
    row("script python file", QStringLiteral("{\"type\": \"script\", \"start\": \"python3 -u main.py --fast\"}"), {QStringLiteral("main.py")}, noPackage, {});
    row("script python missing", QStringLiteral("{\"type\": \"script\", \"start\": \"python3 report.py\"}"), {QStringLiteral("main.py")}, noPackage,
        QStringLiteral("no file \"report.py\""));
    row("script default start", QStringLiteral("{\"type\": \"script\"}"), {QStringLiteral("main.py")}, noPackage, {});
    row("python local module", QStringLiteral("{\"type\": \"api\", \"start\": \"python3 -m app.server\"}"), {QStringLiteral("app/server.py")}, noPackage, {});
    row("uvicorn not installed", QStringLiteral("{\"type\": \"api\", \"start\": \"python3 -m uvicorn main:app --host 0.0.0.0\"}"),
        {QStringLiteral("main.py")}, noPackage, QStringLiteral("install.pip does not list \"uvicorn\""));
    row("uvicorn installed", QStringLiteral("{\"type\": \"api\", \"start\": \"python3 -m uvicorn main:app --host 0.0.0.0\", \"install\": {\"pip\": [\"uvicorn[standard]>=0.29\", \"fastapi\"]}}"),
        {QStringLiteral("main.py")}, noPackage, {});
    row("uvicorn app module missing", QStringLiteral("{\"type\": \"api\", \"start\": \"python3 -m uvicorn api.app:app\", \"install\": {\"pip\": [\"uvicorn\"]}}"),
        {QStringLiteral("main.py")}, noPackage, QStringLiteral("no file \"api/app.py\""));
    row("sh script", QStringLiteral("{\"type\": \"api\", \"start\": \"sh run.sh\"}"), {QStringLiteral("run.sh")}, noPackage, {});
    row("dot slash missing", QStringLiteral("{\"type\": \"api\", \"start\": \"./run.sh\"}"), {QStringLiteral("server.js")}, noPackage,
        QStringLiteral("no file \"run.sh\""));
    row("variables are not judged", QStringLiteral("{\"type\": \"api\", \"start\": \"node $ENTRY\"}"), {QStringLiteral("server.js")}, noPackage, {});
    row("unknown programs are not judged", QStringLiteral("{\"type\": \"api\", \"start\": \"npx serve -l 3000\"}"), {QStringLiteral("index.html")}, noPackage, {});
    row("quoted file", QStringLiteral("{\"type\": \"api\", \"start\": \"node 'my server.js'\"}"), {QStringLiteral("my server.js")}, noPackage, {});
}

void TestGenerationBuilder::entryPoints()
{
    QFETCH(QString, manifest);
    QFETCH(QStringList, paths);
    QFETCH(QString, packageJson);
    QFETCH(QString, refusal);
    Files files;
    for (const QString &path : paths)
        files.append({path, path.endsWith(QLatin1String(".html")) ? html : QStringLiteral("// %1").arg(path)});
    if (!packageJson.isNull())
        files.append({QStringLiteral("package.json"), packageJson});
    const SpawnError error = buildError(manifest, files);
    if (refusal.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
    } else {
        QCOMPARE(error.kind, ErrorKind::User);
        QVERIFY2(error.message.contains(refusal), qPrintable(error.message));
    }
}

void TestGenerationBuilder::splitCommandLine_readsLikeAShell()
{
    const auto commands = ShellCommandLine::split(
        QStringLiteral("cd api && PORT=1 node \"my app.js\" 2>&1 | tee out.log; echo 'a b' > f # done"));
    QCOMPARE(commands.size(), 4);
    QCOMPARE(commands.at(0).words, (QStringList{QStringLiteral("cd"), QStringLiteral("api")}));
    QCOMPARE(commands.at(1).words, (QStringList{QStringLiteral("PORT=1"), QStringLiteral("node"), QStringLiteral("my app.js")}));
    QCOMPARE(commands.at(2).words, (QStringList{QStringLiteral("tee"), QStringLiteral("out.log")}));
    QCOMPARE(commands.at(3).words, (QStringList{QStringLiteral("echo"), QStringLiteral("a b")}));
    QVERIFY(ShellCommandLine::split(QStringLiteral("node $(ls *.js)")).at(0).opaque);
}

void TestGenerationBuilder::followUp_mergesOntoThePreviousApp()
{
    SpawnError error;
    const auto first = GeneratedAppBuilder().build(
        parsed(answerText(QStringLiteral("{\"type\": \"webapp\", \"name\": \"One\"}"),
                          {{QStringLiteral("index.html"), html},
                           {QStringLiteral("app.js"), QStringLiteral("let v = 1;")},
                           {QStringLiteral("old.js"), QStringLiteral("old")},
                           {QStringLiteral("assets/a.svg"), QStringLiteral("<svg/>")},
                           {QStringLiteral("assets/b.svg"), QStringLiteral("<svg/>")}})),
        &error);
    QVERIFY2(first, qPrintable(error.message));
    const auto second = GeneratedAppBuilder().buildFollowUp(
        *first,
        parsed(answerText(QString(), {{QStringLiteral("app.js"), QStringLiteral("let v = 2;")}, {QStringLiteral("new.js"), QStringLiteral("new")}},
                          {QStringLiteral("old.js"), QStringLiteral("assets"), QStringLiteral("never-was.js")})),
        &error);
    QVERIFY2(second, qPrintable(error.message));
    QCOMPARE(second->manifest(), first->manifest());
    QCOMPARE(second->paths(), (QStringList{QStringLiteral("index.html"), QStringLiteral("app.js"), QStringLiteral("new.js")}));
    QCOMPARE(second->file(QStringLiteral("app.js"))->content, QByteArray("let v = 2;\n"));
    QCOMPARE(second->file(QStringLiteral("index.html"))->content, first->file(QStringLiteral("index.html"))->content);
}

void TestGenerationBuilder::followUp_replacesTheManifestWhenSent()
{
    const AppBundle previous(Manifest(AppType::WebApp), {{QStringLiteral("index.html"), html.toUtf8(), false}});
    SpawnError error;
    const auto changed = GeneratedAppBuilder().buildFollowUp(
        previous,
        parsed(answerText(QStringLiteral("{\"type\": \"api\", \"start\": \"node server.js\"}"),
                          {{QStringLiteral("server.js"), QStringLiteral("require('http')")}})),
        &error);
    QVERIFY2(changed, qPrintable(error.message));
    QCOMPARE(changed->manifest().type(), AppType::Api);
    QCOMPARE(changed->files().size(), 2);
}

void TestGenerationBuilder::followUp_sentAndDeleted_isRefused()
{
    const AppBundle previous(Manifest(AppType::WebApp), {{QStringLiteral("index.html"), html.toUtf8(), false}});
    SpawnError error;
    QVERIFY(!GeneratedAppBuilder().buildFollowUp(
        previous, parsed(answerText(QString(), {{QStringLiteral("a.js"), QStringLiteral("1")}}, {QStringLiteral("a.js")})), &error));
    QVERIFY2(error.message.contains(QLatin1String("\"a.js\" is both sent and deleted")), qPrintable(error.message));
}

void TestGenerationBuilder::followUp_thatBreaksTheEntryPoint_isRefused()
{
    const AppBundle previous(Manifest(AppType::WebApp), {{QStringLiteral("index.html"), html.toUtf8(), false},
                                                         {QStringLiteral("app.js"), "1", false}});
    SpawnError error;
    QVERIFY(!GeneratedAppBuilder().buildFollowUp(previous, parsed(answerText(QString(), {}, {QStringLiteral("index.html")})), &error));
    QVERIFY2(error.message.contains(QLatin1String("index.html")), qPrintable(error.message));
}

void TestGenerationBuilder::placeholders_areRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("refused");
    QTest::newRow("js existing code") << QStringLiteral("app.js") << QStringLiteral("let a;\n  // ... existing code ...\nlet b;") << true;
    QTest::newRow("css unchanged") << QStringLiteral("styles.css") << QStringLiteral("a {}\n/* …rest unchanged… */") << true;
    QTest::newRow("py rest of file") << QStringLiteral("main.py") << QStringLiteral("x = 1\n# rest of the file unchanged") << true;
    QTest::newRow("html omitted") << QStringLiteral("index.html") << QStringLiteral("<body>\n<!-- ... other sections omitted for brevity ... -->") << true;
    QTest::newRow("real comment") << QStringLiteral("app.js") << QStringLiteral("// Keep the state unchanged when the input is empty.\nlet a;") << false;
    QTest::newRow("spread") << QStringLiteral("app.js") << QStringLiteral("const b = [...a, 1];\n// copy, then sort") << false;
    QTest::newRow("markdown") << QStringLiteral("README.md") << QStringLiteral("Never write `// ... existing code ...`.\n// ... existing code ...") << false;
}

void TestGenerationBuilder::placeholders_areRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    QFETCH(bool, refused);
    const SpawnError error = buildError(QStringLiteral("{\"type\": \"webapp\"}"), {{QStringLiteral("index.html"), html}, {path, content}});
    QCOMPARE(error.isError(), refused);
    if (refused) {
        QVERIFY2(error.message.contains(QLatin1Char('"') + path + QLatin1Char('"')), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("line 2")), qPrintable(error.message));
    }
}

void TestGenerationBuilder::shebangFiles_areExecutable()
{
    SpawnError error;
    const auto bundle = GeneratedAppBuilder().build(
        parsed(answerText(QStringLiteral("{\"type\": \"api\", \"start\": \"./run.sh\"}"),
                          {{QStringLiteral("run.sh"), QStringLiteral("#!/bin/sh\nexec node server.js")},
                           {QStringLiteral("server.js"), QStringLiteral("require('http')")}})),
        &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QVERIFY(bundle->file(QStringLiteral("run.sh"))->executable);
    QVERIFY(!bundle->file(QStringLiteral("server.js"))->executable);
}

void TestGenerationBuilder::noFiles_isRefused()
{
    const SpawnError error = buildError(QStringLiteral("{\"type\": \"script\", \"start\": \"python3 -c 'print(1)'\"}"), {});
    QVERIFY2(error.message.contains(QLatin1String("no files")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestGenerationBuilder)
#include "test_generation_builder.moc"
