// SPDX-License-Identifier: MIT
#include "deploy/pathvalidator.h"

#include <QTest>

class TestPathValidator final : public QObject
{
    Q_OBJECT

private slots:
    void goodPaths_areAccepted_data();
    void goodPaths_areAccepted();
    void badPaths_areRefusedByName_data();
    void badPaths_areRefusedByName();
    void displayName_escapesControlCharacters();
};

void TestPathValidator::goodPaths_areAccepted_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"index.html", "src/app.js", "public/css/site.min.css", ".env.example",
                             "a b/c d.txt", "données/été.json", "x..y/z", "modules/node_modules_notes.md",
                             ".spawnai-notes/readme.md", "sub/.npmrc", "spawnai.json"}) {
        QTest::newRow(path) << QString::fromUtf8(path);
    }
}

void TestPathValidator::goodPaths_areAccepted()
{
    QFETCH(QString, path);
    SpawnError error;
    QVERIFY2(PathValidator::validate(path, &error), qPrintable(error.message));
    QVERIFY(!error.isError());
}

void TestPathValidator::badPaths_areRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *name, const QString &path, const char *reason) {
        QTest::newRow(name) << path << QString::fromUtf8(reason);
    };
    row("empty", QString(), "empty");
    row("absolute", QStringLiteral("/etc/passwd"), "relative");
    row("home", QStringLiteral("~/.bashrc"), "relative");
    row("parent", QStringLiteral("../outside.txt"), "\"..\"");
    row("parent inside", QStringLiteral("src/../../x.js"), "\"..\"");
    row("dot segment", QStringLiteral("./index.html"), "\".\"");
    row("backslash", QStringLiteral("src\\app.js"), "backslash");
    row("drive letter", QStringLiteral("C:/Windows/win.ini"), "drive");
    row("drive relative", QStringLiteral("c:evil"), "drive");
    // fuzz_path_validator: Qt reads these as its resources, outside the app folder.
    row("qt resource", QStringLiteral(":/prompts/format.md"), "start with \":\"");
    row("colon first", QStringLiteral(":notes.txt"), "start with \":\"");
    row("double slash", QStringLiteral("src//app.js"), "empty path segment");
    row("trailing slash", QStringLiteral("src/"), "empty path segment");
    row("newline", QStringLiteral("a\nb.txt"), "control");
    row("nul", QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")), "control");
    row("escape", QStringLiteral("\x1b[31mred"), "control");
    row("del", QStringLiteral("a\x7f"), "control");
    row("bidi override", QString(QStringLiteral("txt") + QChar(0x202e) + QStringLiteral("exe.js")), "invisible");
    row("node_modules", QStringLiteral("node_modules/express/index.js"), "node_modules");
    row("nested node_modules", QStringLiteral("lib/node_modules/x.js"), "node_modules");
    row("spawnai dir", QStringLiteral(".spawnai/output/index.html"), ".spawnai");
    row("npmrc", QStringLiteral(".npmrc"), ".npmrc");
    row("too long", QString(600, u'a'), "longer");
    row("long segment", QString(300, u'b') + QStringLiteral("/x"), "longer than 255");
    QString deep;
    for (int i = 0; i < 40; ++i)
        deep += QStringLiteral("d/");
    row("too deep", deep + QStringLiteral("f"), "deeper");
}

void TestPathValidator::badPaths_areRefusedByName()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    SpawnError error;
    QVERIFY(!PathValidator::validate(path, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    const QString shown = PathValidator::displayName(path);
    QVERIFY2(error.message.contains(QStringLiteral("\"") + shown), qPrintable(error.message));
}

void TestPathValidator::displayName_escapesControlCharacters()
{
    QCOMPARE(PathValidator::displayName(QStringLiteral("a\nb")), QStringLiteral("a\\u{a}b"));
    QCOMPARE(PathValidator::displayName(QStringLiteral("plain/path.txt")), QStringLiteral("plain/path.txt"));
    QVERIFY(PathValidator::displayName(QString(500, u'x')).size() <= 121);
}

QTEST_GUILESS_MAIN(TestPathValidator)
#include "test_pathvalidator.moc"
