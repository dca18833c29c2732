// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTemplateLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void availableTemplates_listsTheFolders();
    void load_readsATemplate();
    void unknownOrHostileNames_areRefused_data();
    void unknownOrHostileNames_areRefused();
    void resourceRoot_isReadLikeAFolder();
    void embeddedLibrary_loadsEveryTemplate();

private:
    void write(const QString &relative, const QByteArray &content);

    QTemporaryDir m_root;
};

void TestTemplateLibrary::initTestCase()
{
    QVERIFY(m_root.isValid());
    write(QStringLiteral("static-site/spawnai.json"), R"({"type": "webapp"})");
    write(QStringLiteral("static-site/index.html"), "<h1>Hi</h1>");
    write(QStringLiteral("python-script/spawnai.json"), R"({"type": "script"})");
    write(QStringLiteral("python-script/main.py"), "print('hi')\n");
    write(QStringLiteral("Not A Template/spawnai.json"), R"({"type": "webapp"})");
    write(QStringLiteral("README.md"), "not a folder");
}

void TestTemplateLibrary::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_root.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestTemplateLibrary::availableTemplates_listsTheFolders()
{
    const TemplateLibrary library(m_root.path());
    QCOMPARE(library.availableTemplates(), (QStringList{QStringLiteral("python-script"), QStringLiteral("static-site")}));
}

void TestTemplateLibrary::load_readsATemplate()
{
    const TemplateLibrary library(m_root.path());
    SpawnError error;
    const auto bundle = library.load(QStringLiteral("python-script"), &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::Script);
    QCOMPARE(bundle->startCommand(), QStringLiteral("python3 main.py"));
    // The gallery reads the manifest alone, and it says the same.
    const auto manifest = library.manifest(QStringLiteral("python-script"), &error);
    QVERIFY2(manifest, qPrintable(error.message));
    QCOMPARE(manifest->type(), AppType::Script);
    QCOMPARE(manifest->description(), bundle->manifest().description());
}

void TestTemplateLibrary::unknownOrHostileNames_areRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << QStringLiteral("rails-app");
    QTest::newRow("traversal") << QStringLiteral("../static-site");
    QTest::newRow("nested") << QStringLiteral("static-site/..");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("Not A Template");
}

void TestTemplateLibrary::unknownOrHostileNames_areRefused()
{
    QFETCH(QString, name);
    const TemplateLibrary library(m_root.path());
    SpawnError error;
    QVERIFY(!library.load(name, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(QLatin1String("python-script, static-site")), qPrintable(error.message));
    SpawnError manifestError;
    QVERIFY(!library.manifest(name, &manifestError));
    QCOMPARE(manifestError.message, error.message);
}

void TestTemplateLibrary::resourceRoot_isReadLikeAFolder()
{
    const TemplateLibrary library(QStringLiteral(":/test-templates"));
    QCOMPARE(library.availableTemplates(), QStringList{QStringLiteral("mini-site")});
    SpawnError error;
    const auto bundle = library.load(QStringLiteral("mini-site"), &error);
    QVERIFY2(bundle, qPrintable(error.message));
    QCOMPARE(bundle->manifest().type(), AppType::WebApp);
    QCOMPARE(bundle->paths(), QStringList{QStringLiteral("index.html")});
    QVERIFY(bundle->file(QStringLiteral("index.html"))->content.contains("Mini site"));
}

void TestTemplateLibrary::embeddedLibrary_loadsEveryTemplate()
{
    // The templates are embedded by another part of the build; whatever is
    // there must load.
    const TemplateLibrary library;
    for (const QString &name : library.availableTemplates()) {
        SpawnError error;
        QVERIFY2(library.load(name, &error), qPrintable(name + u": " + error.message));
    }
}

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "test_templatelibrary.moc"
