// SPDX-License-Identifier: MIT
#include "deploy/manifest.h"

#include <QTest>

class TestManifest final : public QObject
{
    Q_OBJECT

private slots:
    void fullManifest_isParsed();
    void optionalFields_takeTheirDefaults();
    void invalid_isRefusedNamingTheField_data();
    void invalid_isRefusedNamingTheField();
    void toJson_roundTrips();
    void installScripts_areListedByName();
    void defaultStart_dependsOnTypeAndFiles();
    void validate_checksManifestsBuiltInCode();
};

void TestManifest::fullManifest_isParsed()
{
    SpawnError error;
    const auto manifest = Manifest::fromJson(R"({
        "type": "api", "port": 8080, "start": "node index.js", "build": "npm run build",
        "install": {"npm": ["express@^4.19.2", "@types/node@20"], "pip": ["requests==2.31.0"]},
        "name": "Notes", "description": "A notes API"
    })", &error);
    QVERIFY2(manifest, qPrintable(error.message));
    QCOMPARE(manifest->type(), AppType::Api);
    QCOMPARE(manifest->port(), 8080);
    QCOMPARE(manifest->start(), QStringLiteral("node index.js"));
    QCOMPARE(manifest->build(), QStringLiteral("npm run build"));
    QCOMPARE(manifest->npmPackages(), (QStringList{QStringLiteral("express@^4.19.2"), QStringLiteral("@types/node@20")}));
    QCOMPARE(manifest->pipPackages(), QStringList{QStringLiteral("requests==2.31.0")});
    QCOMPARE(manifest->name(), QStringLiteral("Notes"));
    QVERIFY(!error.isError());
}

void TestManifest::optionalFields_takeTheirDefaults()
{
    SpawnError error;
    const auto manifest = Manifest::fromJson(R"({"type": "webapp", "start": null, "install": {"npm": []}})", &error);
    QVERIFY2(manifest, qPrintable(error.message));
    QCOMPARE(manifest->port(), 3000);
    QVERIFY(manifest->start().isEmpty());
    QVERIFY(manifest->build().isEmpty());
    QVERIFY(manifest->npmPackages().isEmpty());
    QCOMPARE(manifest->effectiveStart({}), QStringLiteral("python3 -m http.server 3000 --bind 0.0.0.0"));
}

void TestManifest::invalid_isRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << QByteArray("{type: webapp}") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("type missing") << QByteArray(R"({"port": 3000})") << QStringLiteral("\"type\" is missing");
    QTest::newRow("type unknown") << QByteArray(R"({"type": "desktop"})") << QStringLiteral("\"desktop\"");
    QTest::newRow("type not string") << QByteArray(R"({"type": 1})") << QStringLiteral("\"type\"");
    QTest::newRow("port low") << QByteArray(R"({"type": "api", "port": 80})") << QStringLiteral("\"port\"");
    QTest::newRow("port high") << QByteArray(R"({"type": "api", "port": 70000})") << QStringLiteral("\"port\"");
    QTest::newRow("port fraction") << QByteArray(R"({"type": "api", "port": 3000.5})") << QStringLiteral("\"port\"");
    QTest::newRow("port string") << QByteArray(R"({"type": "api", "port": "3000"})") << QStringLiteral("\"port\"");
    QTest::newRow("start empty") << QByteArray(R"({"type": "api", "start": ""})") << QStringLiteral("\"start\"");
    QTest::newRow("start blank") << QByteArray(R"({"type": "api", "start": "   "})") << QStringLiteral("\"start\"");
    QTest::newRow("start not string") << QByteArray(R"({"type": "api", "start": ["node"]})") << QStringLiteral("\"start\"");
    QTest::newRow("start two lines") << QByteArray(R"({"type": "api", "start": "node a.js\nrm -rf /"})") << QStringLiteral("\"start\"");
    QTest::newRow("start too long") << QByteArray(R"({"type": "api", "start": ")" + QByteArray(5000, 'x') + R"("})")
                                    << QStringLiteral("\"start\"");
    QTest::newRow("build empty") << QByteArray(R"({"type": "api", "build": ""})") << QStringLiteral("\"build\"");
    QTest::newRow("build number") << QByteArray(R"({"type": "api", "build": 1})") << QStringLiteral("\"build\"");
    QTest::newRow("install not object") << QByteArray(R"({"type": "api", "install": ["express"]})") << QStringLiteral("\"install\"");
    QTest::newRow("install unknown manager") << QByteArray(R"({"type": "api", "install": {"gem": ["rails"]}})") << QStringLiteral("\"gem\"");
    QTest::newRow("npm not list") << QByteArray(R"({"type": "api", "install": {"npm": "express"}})") << QStringLiteral("\"install.npm\"");
    QTest::newRow("npm not string") << QByteArray(R"({"type": "api", "install": {"npm": [1]}})") << QStringLiteral("\"install.npm[0]\"");
    QTest::newRow("npm bad spec") << QByteArray(R"({"type": "api", "install": {"npm": ["git+https://x.test/a.git"]}})")
                                  << QStringLiteral("git+https://x.test/a.git");
    QTest::newRow("pip bad spec") << QByteArray(R"({"type": "script", "install": {"pip": ["-e ."]}})") << QStringLiteral("\"install.pip\"");
    QTest::newRow("npmScripts not list") << QByteArray(R"({"type": "api", "install": {"npmScripts": "sharp"}})")
                                         << QStringLiteral("\"install.npmScripts\"");
    QTest::newRow("npmScripts with version") << QByteArray(R"({"type": "api", "install": {"npmScripts": ["sharp@0.33"]}})")
                                             << QStringLiteral("\"install.npmScripts\": \"sharp@0.33\"");
    QTest::newRow("npmScripts option") << QByteArray(R"({"type": "api", "install": {"npmScripts": ["--unsafe-perm"]}})")
                                       << QStringLiteral("\"install.npmScripts\"");
    QTest::newRow("npmScripts upper case") << QByteArray(R"({"type": "api", "install": {"npmScripts": ["Sharp"]}})")
                                           << QStringLiteral("\"install.npmScripts\"");
    QTest::newRow("pipSource with version") << QByteArray(R"({"type": "script", "install": {"pipSource": ["numpy==2"]}})")
                                            << QStringLiteral("\"install.pipSource\"");
    QTest::newRow("pipSource option") << QByteArray(R"({"type": "script", "install": {"pipSource": [":all:"]}})")
                                      << QStringLiteral("\"install.pipSource\"");
    QTest::newRow("install unknown list") << QByteArray(R"({"type": "api", "install": {"scripts": ["sharp"]}})")
                                          << QStringLiteral("\"scripts\"");
    QTest::newRow("unknown field") << QByteArray(R"({"type": "api", "entry": "x.js"})") << QStringLiteral("\"entry\"");
    QTest::newRow("name two lines") << QByteArray(R"({"type": "api", "name": "a\nb"})") << QStringLiteral("\"name\"");
}

void TestManifest::invalid_isRefusedNamingTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    SpawnError error;
    QVERIFY(!Manifest::fromJson(json, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.startsWith(QLatin1String("spawnai.json: ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestManifest::toJson_roundTrips()
{
    Manifest manifest(AppType::Script);
    manifest.setPort(4000);
    manifest.setStart(QStringLiteral("python3 main.py --fast"));
    manifest.setBuild(QStringLiteral("make"));
    manifest.setNpmPackages({QStringLiteral("left-pad@1.3.0")});
    manifest.setPipPackages({QStringLiteral("numpy>=1.26,<2")});
    manifest.setName(QStringLiteral("Primes"));
    SpawnError error;
    const auto parsed = Manifest::fromJson(manifest.toJson(), &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QCOMPARE(*parsed, manifest);

    const auto minimal = Manifest::fromJson(Manifest(AppType::WebApp).toJson(), &error);
    QVERIFY(minimal);
    QCOMPARE(*minimal, Manifest(AppType::WebApp));
}

void TestManifest::installScripts_areListedByName()
{
    SpawnError error;
    const auto manifest = Manifest::fromJson(R"({
        "type": "api",
        "install": {"npm": ["sharp@0.33"], "npmScripts": ["sharp", "@scope/native"],
                    "pip": ["somepkg==1.0"], "pipSource": ["somepkg"]}
    })", &error);
    QVERIFY2(manifest, qPrintable(error.message));
    QCOMPARE(manifest->npmScripts(), (QStringList{QStringLiteral("sharp"), QStringLiteral("@scope/native")}));
    QCOMPARE(manifest->pipSourceBuilds(), QStringList{QStringLiteral("somepkg")});
    QCOMPARE(manifest->scriptPackages(),
             (QStringList{QStringLiteral("@scope/native"), QStringLiteral("sharp"), QStringLiteral("somepkg")}));
    const auto again = Manifest::fromJson(manifest->toJson(), &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(*again, *manifest);
    // A manifest without them is written as before.
    QVERIFY(!Manifest(AppType::Api).toJson().contains("npmScripts"));
}

void TestManifest::defaultStart_dependsOnTypeAndFiles()
{
    const QStringList none;
    QCOMPARE(Manifest::defaultStart(AppType::WebApp, 4321, none), QStringLiteral("python3 -m http.server 4321 --bind 0.0.0.0"));
    QCOMPARE(Manifest::defaultStart(AppType::Api, 3000, {QStringLiteral("server.js")}), QStringLiteral("node server.js"));
    QVERIFY(Manifest::defaultStart(AppType::Api, 3000, {QStringLiteral("app.js")}).isEmpty());
    QCOMPARE(Manifest::defaultStart(AppType::Script, 3000, {QStringLiteral("main.py"), QStringLiteral("script.js")}),
             QStringLiteral("python3 main.py"));
    QCOMPARE(Manifest::defaultStart(AppType::Script, 3000, {QStringLiteral("script.js")}), QStringLiteral("node script.js"));
    QVERIFY(Manifest::defaultStart(AppType::Script, 3000, {QStringLiteral("lib/main.py")}).isEmpty());

    Manifest manifest(AppType::Api);
    manifest.setStart(QStringLiteral("node api.js"));
    QCOMPARE(manifest.effectiveStart({QStringLiteral("server.js")}), QStringLiteral("node api.js"));
}

void TestManifest::validate_checksManifestsBuiltInCode()
{
    Manifest manifest(AppType::Api);
    SpawnError error;
    QVERIFY(manifest.validate(&error));
    manifest.setPort(1023);
    QVERIFY(!manifest.validate(&error));
    QVERIFY(error.message.contains(QLatin1String("\"port\"")));
    manifest.setPort(65535);
    manifest.setNpmPackages({QStringLiteral("$(id)")});
    QVERIFY(!manifest.validate(&error));
    QVERIFY(error.message.contains(QLatin1String("$(id)")));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "test_manifest.moc"
