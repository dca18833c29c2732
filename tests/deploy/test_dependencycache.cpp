// SPDX-License-Identifier: MIT
#include "deploy/dependencycache.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class TestDependencyCache final : public QObject
{
    Q_OBJECT

private slots:
    void key_isLowerCaseSha256Hex();
    void key_ignoresSpecOrder();
    void key_changesWithEveryInput();
};

namespace {
QJsonObject maps(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const QStringList Specs{QStringLiteral("express@^4.19.2"), QStringLiteral("cors")};
} // namespace

void TestDependencyCache::key_isLowerCaseSha256Hex()
{
    const QString key = DependencyCache::npmKey(Specs, {}, {});
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch(), qPrintable(key));
}

void TestDependencyCache::key_ignoresSpecOrder()
{
    const QJsonObject deps = maps(R"({"dependencies": {"a": "1", "b": "2"}})");
    QCOMPARE(DependencyCache::npmKey(Specs, deps, {}),
             DependencyCache::npmKey({Specs.at(1), Specs.at(0)}, maps(R"({"dependencies": {"b": "2", "a": "1"}})"), {}));
}

void TestDependencyCache::key_changesWithEveryInput()
{
    const QJsonObject deps = maps(R"({"dependencies": {"a": "1"}})");
    const QString base = DependencyCache::npmKey(Specs, deps, {});
    QVERIFY(base != DependencyCache::npmKey({Specs.at(0)}, deps, {}));
    QVERIFY(base != DependencyCache::npmKey({Specs.at(0), QStringLiteral("cors@2")}, deps, {}));
    QVERIFY(base != DependencyCache::npmKey(Specs, maps(R"({"dependencies": {"a": "2"}})"), {}));
    QVERIFY(base != DependencyCache::npmKey(Specs, maps(R"({"devDependencies": {"a": "1"}})"), {}));
    QVERIFY(base != DependencyCache::npmKey(Specs, deps, "{\"lockfileVersion\": 3}"));
}

QTEST_GUILESS_MAIN(TestDependencyCache)
#include "test_dependencycache.moc"
