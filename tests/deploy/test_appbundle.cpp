// SPDX-License-Identifier: MIT
#include "deploy/appbundle.h"

#include <QTest>

class TestAppBundle final : public QObject
{
    Q_OBJECT

private slots:
    void fromFiles_takesTheManifestOutOfTheFiles();
    void fromFiles_needsSpawnaiJson();
    void badBundles_areRefusedNamingTheFile_data();
    void badBundles_areRefusedNamingTheFile();
    void caps_areEnforced();
    void startCommand_usesTheTypeDefault();
};

namespace {
AppFile file(const char *path, const QByteArray &content = QByteArrayLiteral("x"))
{
    return {QString::fromUtf8(path), content, false};
}

AppBundle api(QList<AppFile> files)
{
    return AppBundle(Manifest(AppType::Api), std::move(files));
}
} // namespace

void TestAppBundle::fromFiles_takesTheManifestOutOfTheFiles()
{
    SpawnError error;
    const auto bundle = AppBundle::fromFiles(
        {file("spawnai.json", R"({"type": "api", "install": {"npm": ["express@^4.19.2"]}})"),
         file("server.js", "require('express')"), file("public/index.html")},
        &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::Api);
    QCOMPARE(bundle->paths(), (QStringList{QStringLiteral("server.js"), QStringLiteral("public/index.html")}));
    QCOMPARE(bundle->startCommand(), QStringLiteral("node server.js"));
    QVERIFY(bundle->file(QStringLiteral("server.js")));
    QVERIFY(!bundle->file(QStringLiteral("spawnai.json")));
}

void TestAppBundle::fromFiles_needsSpawnaiJson()
{
    SpawnError error;
    QVERIFY(!AppBundle::fromFiles({file("server.js")}, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(error.message.contains(QLatin1String("spawnai.json")));

    QVERIFY(!AppBundle::fromFiles({file("spawnai.json", "{\"type\": \"api\", \"port\": 1}"), file("server.js")}, &error));
    QVERIFY(error.message.contains(QLatin1String("\"port\"")));
}

void TestAppBundle::badBundles_areRefusedNamingTheFile_data()
{
    QTest::addColumn<QList<AppFile>>("files");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("traversal") << QList<AppFile>{file("server.js"), file("../evil.sh")} << QStringLiteral("\"../evil.sh\"");
    QTest::newRow("absolute") << QList<AppFile>{file("server.js"), file("/etc/cron.d/x")} << QStringLiteral("\"/etc/cron.d/x\"");
    QTest::newRow("node_modules") << QList<AppFile>{file("server.js"), file("node_modules/express/index.js")}
                                  << QStringLiteral("\"node_modules/express/index.js\"");
    QTest::newRow("manifest as file") << QList<AppFile>{file("server.js"), file("spawnai.json")} << QStringLiteral("\"spawnai.json\"");
    QTest::newRow("duplicate") << QList<AppFile>{file("server.js"), file("server.js")} << QStringLiteral("twice");
    QTest::newRow("file and folder") << QList<AppFile>{file("server.js"), file("lib"), file("lib/x.js")}
                                     << QStringLiteral("\"lib/x.js\"");
    QTest::newRow("package.json git") << QList<AppFile>{file("server.js"), file("package.json", R"({"dependencies": {"x": "github:a/b"}})")}
                                      << QStringLiteral("github:a/b");
    QTest::newRow("lock file url") << QList<AppFile>{file("server.js"), file("package-lock.json", R"({"packages": {"x": {"resolved": "http://evil.test/x.tgz"}}})")}
                                   << QStringLiteral("package-lock.json");
    QTest::newRow("no server.js") << QList<AppFile>{file("index.js")} << QStringLiteral("server.js");
}

void TestAppBundle::badBundles_areRefusedNamingTheFile()
{
    QFETCH(QList<AppFile>, files);
    QFETCH(QString, mentions);
    SpawnError error;
    QVERIFY(!api(files).validate(&error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestAppBundle::caps_areEnforced()
{
    BundleLimits limits;
    limits.maxFileBytes = 100;
    limits.maxTotalBytes = 250;
    limits.maxFiles = 4;
    SpawnError error;

    QVERIFY(api({file("server.js", QByteArray(100, 'a'))}).validate(&error, limits));
    QVERIFY(!api({file("server.js"), file("big.bin", QByteArray(101, 'a'))}).validate(&error, limits));
    QVERIFY2(error.message.contains(QLatin1String("\"big.bin\" is 101 bytes; the limit is 100 bytes")), qPrintable(error.message));

    QVERIFY(!api({file("server.js", QByteArray(100, 'a')), file("a", QByteArray(100, 'a')), file("b", QByteArray(51, 'a'))})
                 .validate(&error, limits));
    QVERIFY2(error.message.contains(QLatin1String("limit")), qPrintable(error.message));

    QVERIFY(!api({file("server.js"), file("a"), file("b"), file("c"), file("d")}).validate(&error, limits));
    QVERIFY2(error.message.contains(QLatin1String("5 files")), qPrintable(error.message));

    const BundleLimits defaults;
    QCOMPARE(defaults.maxFileBytes, 2LL * 1024 * 1024);
    QCOMPARE(defaults.maxTotalBytes, 20LL * 1024 * 1024);
}

void TestAppBundle::startCommand_usesTheTypeDefault()
{
    const AppBundle script(Manifest(AppType::Script), {file("script.js")});
    QCOMPARE(script.startCommand(), QStringLiteral("node script.js"));
    SpawnError error;
    QVERIFY(script.validate(&error));

    const AppBundle empty(Manifest(AppType::Script), {file("notes.txt")});
    QVERIFY(!empty.validate(&error));
    QVERIFY(error.message.contains(QLatin1String("main.py")));
}

QTEST_GUILESS_MAIN(TestAppBundle)
#include "test_appbundle.moc"
