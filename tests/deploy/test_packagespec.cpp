// SPDX-License-Identifier: MIT
#include "deploy/packagejson.h"
#include "deploy/packagespec.h"

#include <QTest>

class TestPackageSpec final : public QObject
{
    Q_OBJECT

private slots:
    void npm_good_data();
    void npm_good();
    void npm_bad_data();
    void npm_bad();
    void pip_good_data();
    void pip_good();
    void pip_bad_data();
    void pip_bad();
    void packageJson_plainRangesAreAccepted();
    void packageJson_foreignSourcesAreRefused_data();
    void packageJson_foreignSourcesAreRefused();
    void lockFile_mustResolveToTheRegistry();
};

namespace {
void addSpecs(std::initializer_list<const char *> specs)
{
    QTest::addColumn<QString>("spec");
    for (const char *spec : specs)
        QTest::newRow(spec) << QString::fromUtf8(spec);
}

void addBadSpecs(std::initializer_list<std::pair<const char *, const char *>> specs)
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reason");
    for (const auto &[spec, reason] : specs)
        QTest::newRow(*spec ? spec : "<empty>") << QString::fromUtf8(spec) << QString::fromUtf8(reason);
}
} // namespace

void TestPackageSpec::npm_good_data()
{
    addSpecs({"express", "express@^4.19.2", "@types/node@20", "@types/node", "lodash@~4.17",
              "react@18.x", "left-pad@latest", "vite@next", "typescript@5.4.5", "a@*",
              "chalk@>=5.0.0", "pkg@1.0.0-beta.2", "pkg@^1.2.3||^2.0.0", "socket.io", "lodash.debounce@4"});
}

void TestPackageSpec::npm_good()
{
    QFETCH(QString, spec);
    SpawnError error;
    QVERIFY2(PackageSpec::validateNpm(spec, &error), qPrintable(error.message));
}

void TestPackageSpec::npm_bad_data()
{
    addBadSpecs({
        {"git+https://github.com/x/y.git", "URLs, git and file"},
        {"https://example.test/x.tgz", "URLs, git and file"},
        {"file:../x", "URLs, git and file"},
        {"github:user/repo", "URLs, git and file"},
        {"npm:other@1", "URLs, git and file"},
        {"x@git+ssh://git@github.com/x/y.git", "URLs, git and file"},
        {"../x", "paths"},
        {"./local", "paths"},
        {"/abs/pkg", "paths"},
        {"-e .", "whitespace"},
        {"--registry=https://evil.test", "command-line option"},
        {"-g", "command-line option"},
        {"x; rm -rf /", "whitespace"},
        {"$(id)", "shell characters"},
        {"`id`", "shell characters"},
        {"a&&b", "shell characters"},
        {"a b", "whitespace"},
        {"Express", "not a valid package name"},
        {"user/repo", "not a valid package name"},
        {"_private", "not a valid package name"},
        {"express@", "version"},
        {"express@^4.19.2 || evil", "whitespace"},
        {"", "empty"},
    });
}

void TestPackageSpec::npm_bad()
{
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    SpawnError error;
    QVERIFY(!PackageSpec::validateNpm(spec, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QStringLiteral("\"") + spec + u'"'), qPrintable(error.message));
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
}

void TestPackageSpec::pip_good_data()
{
    addSpecs({"requests", "requests==2.31.0", "numpy>=1.26,<2", "Flask", "uvicorn[standard]",
              "uvicorn[standard]>=0.29", "typing_extensions", "zope.interface", "django~=5.0",
              "pandas!=2.0.0", "scipy<=1.13", "torch==2.3.*", "py>1"});
}

void TestPackageSpec::pip_good()
{
    QFETCH(QString, spec);
    SpawnError error;
    QVERIFY2(PackageSpec::validatePip(spec, &error), qPrintable(error.message));
}

void TestPackageSpec::pip_bad_data()
{
    addBadSpecs({
        {"git+https://github.com/x/y.git", "URLs, git and file"},
        {"https://example.test/x.whl", "URLs, git and file"},
        {"file:../x", "URLs, git and file"},
        {"../x", "paths"},
        {"./pkg", "paths"},
        {"pkg/sub", "paths"},
        {"-e .", "whitespace"},
        {"--index-url", "command-line option"},
        {"-r", "command-line option"},
        {"x; rm -rf /", "whitespace"},
        {"$(id)", "shell characters"},
        {"a b", "whitespace"},
        {"name@http", "direct references"},
        {"requests===2.0", "name with an optional version"},
        {"requests==", "name with an optional version"},
        {"requests[", "name with an optional version"},
        {"-", "command-line option"},
        {"", "empty"},
    });
}

void TestPackageSpec::pip_bad()
{
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    SpawnError error;
    QVERIFY(!PackageSpec::validatePip(spec, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QStringLiteral("\"") + spec + u'"'), qPrintable(error.message));
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
}

void TestPackageSpec::packageJson_plainRangesAreAccepted()
{
    SpawnError error;
    const auto parsed = PackageJson::parse(R"({
        "name": "x", "scripts": {"start": "node server.js"},
        "dependencies": {"express": "^4.19.2", "@types/node": "20", "a": "*", "b": "", "c": "latest",
                         "d": ">=1.2.3 <2.0.0", "e": "1.x || >=2.5.0 || 5.0.0 - 7.2.3", "f": ">= 1.0"},
        "devDependencies": {"typescript": "~5.4.0"},
        "overrides": {"semver": "^7.5.4", "foo": {"bar": "$express"}}
    })", &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QVERIFY(parsed->hasDependencies());
    QCOMPARE(parsed->dependencyMaps().keys(), (QStringList{QStringLiteral("dependencies"), QStringLiteral("devDependencies")}));

    const auto noDeps = PackageJson::parse(R"({"name": "x", "dependencies": {}})", &error);
    QVERIFY(noDeps);
    QVERIFY(!noDeps->hasDependencies());
}

void TestPackageSpec::packageJson_foreignSourcesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("git") << QByteArray(R"({"dependencies": {"x": "git+https://github.com/a/b.git"}})") << QStringLiteral("\"x\"");
    QTest::newRow("url") << QByteArray(R"({"dependencies": {"x": "https://evil.test/x.tgz"}})") << QStringLiteral("https://evil.test/x.tgz");
    QTest::newRow("file") << QByteArray(R"({"devDependencies": {"x": "file:../x"}})") << QStringLiteral("devDependencies");
    QTest::newRow("github shorthand") << QByteArray(R"({"dependencies": {"x": "user/repo"}})") << QStringLiteral("user/repo");
    QTest::newRow("alias") << QByteArray(R"({"dependencies": {"x": "npm:evil@1"}})") << QStringLiteral("npm:evil@1");
    QTest::newRow("path") << QByteArray(R"({"optionalDependencies": {"x": "../x"}})") << QStringLiteral("optionalDependencies");
    QTest::newRow("not string") << QByteArray(R"({"dependencies": {"x": 1}})") << QStringLiteral("\"x\"");
    QTest::newRow("bad name") << QByteArray(R"({"dependencies": {"../x": "1"}})") << QStringLiteral("../x");
    QTest::newRow("map not object") << QByteArray(R"({"dependencies": ["x"]})") << QStringLiteral("\"dependencies\"");
    QTest::newRow("override url") << QByteArray(R"({"overrides": {"x": "https://evil.test/x.tgz"}})") << QStringLiteral("overrides.x");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("package.json");
}

void TestPackageSpec::packageJson_foreignSourcesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    SpawnError error;
    QVERIFY(!PackageJson::parse(json, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("package.json")), qPrintable(error.message));
}

void TestPackageSpec::lockFile_mustResolveToTheRegistry()
{
    const QString name = QStringLiteral("package-lock.json");
    const QByteArray good = R"({"lockfileVersion": 3, "packages": {
        "": {"name": "x", "dependencies": {"express": "^4.19.2"}},
        "node_modules/express": {"version": "4.19.2",
                                 "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz"}}})";
    SpawnError error;
    QVERIFY2(PackageJson::validateLockFile(name, good, &error), qPrintable(error.message));
    const QByteArray foreign = R"({"packages": {"node_modules/x": {"resolved": "https://evil.test/x.tgz"}}})";
    QVERIFY(!PackageJson::validateLockFile(name, foreign, &error));
    QVERIFY2(error.message.contains(QLatin1String("https://evil.test/x.tgz")), qPrintable(error.message));
    const QByteArray git = R"({"dependencies": {"x": {"version": "git+ssh://git@github.com/a/b.git#abc"}}})";
    QVERIFY(!PackageJson::validateLockFile(name, git, &error));
    QVERIFY(error.message.contains(name));
}

QTEST_GUILESS_MAIN(TestPackageSpec)
#include "test_packagespec.moc"
