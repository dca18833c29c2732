// SPDX-License-Identifier: MIT
#include "billing/pricetable.h"

#include <QJsonObject>
#include <QTest>

class TestPriceTable final : public QObject
{
    Q_OBJECT

private slots:
    void everyPriceKind_isCountedExactly();
    void longPrompt_movesEveryTokenToTheUpperTier();
    void datedSnapshot_isPricedAsItsModel();
    void localModel_costsNothingAndSaysSo();
    void builtinTable_namesSourceAndDateForEveryEntry();
    void override_replacesAPrice();
    void overrides_winOverTheTableAndCanBeRemoved();
    void overrides_roundTripThroughJson();
    void userOverrides_applyToTheCurrentTable();
    void badTable_isAClearError();
    void e2bSandbox_isPricedPerVcpuAndGibSecond();
};

void TestPriceTable::everyPriceKind_isCountedExactly()
{
    const PriceTable &table = PriceTable::builtin();
    // Sonnet 5.5: $2 in, $10 out, $2.50 cache write, $0.10 cache read per MTok.
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-5-5"), {1'000'000, 0, 0, 0}), 2.0);
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-5-5"), {0, 1'000'000, 0, 0}), 10.0);
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-5-5"), {0, 0, 1'000'000, 0}), 2.5);
    QCOMPARE(table.cost(QStringLiteral("claude-sonnet-5-5"), {0, 0, 0, 1'000'000}), 0.1);
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-sonnet-5-5"), {1200, 3400, 0, 0}),
                          (1200 * 2.0 + 3400 * 10.0) / 1e6));
}

void TestPriceTable::longPrompt_movesEveryTokenToTheUpperTier()
{
    const PriceTable &table = PriceTable::builtin();
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-haiku-5-5"), {100'000, 1000, 0, 0}),
                          (100'000 * 0.1 + 1000 * 0.5) / 1e6));
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-haiku-5-5"), {100'001, 1000, 0, 0}),
                          (100'001 * 0.5 + 1000 * 2.5) / 1e6));
}

void TestPriceTable::datedSnapshot_isPricedAsItsModel()
{
    bool known = false;
    QCOMPARE(PriceTable::builtin().cost(QStringLiteral("claude-haiku-4-5-20251001"), {1'000'000, 0, 0, 0}, &known), 1.0);
    QVERIFY(known);
}

void TestPriceTable::localModel_costsNothingAndSaysSo()
{
    bool known = true;
    QCOMPARE(PriceTable::builtin().cost(QStringLiteral("qwen2.5-coder"), {5000, 5000, 0, 0}, &known), 0.0);
    QVERIFY(!known);
}

void TestPriceTable::builtinTable_namesSourceAndDateForEveryEntry()
{
    for (const QString &model : {QStringLiteral("claude-sonnet-5-5"), QStringLiteral("claude-opus-5-5"),
                                 QStringLiteral("claude-haiku-5-5"), QStringLiteral("claude-fable-5-2")}) {
        const auto price = PriceTable::builtin().price(model);
        QVERIFY2(price, qPrintable(model));
        QVERIFY(!price->source.isEmpty());
        QVERIFY(!price->date.isEmpty());
    }
}

void TestPriceTable::override_replacesAPrice()
{
    PriceTable table = PriceTable::builtin();
    ModelPrice local;
    local.model = QStringLiteral("qwen2.5-coder");
    local.input = 0.5;
    local.output = 1.0;
    table.setOverride(local);
    QCOMPARE(table.cost(QStringLiteral("qwen2.5-coder"), {2'000'000, 1'000'000, 0, 0}), 2.0);
    QCOMPARE(table.estimate(QStringLiteral("qwen2.5-coder"), 1'000'000, 1'000'000), 1.5);
}

void TestPriceTable::overrides_winOverTheTableAndCanBeRemoved()
{
    PriceTable table = PriceTable::builtin();
    const QString haiku = QStringLiteral("claude-haiku-4-5");
    const std::optional<ModelPrice> listed = table.price(haiku);
    QVERIFY(listed);
    ModelPrice cheaper;
    cheaper.model = haiku;
    cheaper.input = 0.25;
    cheaper.output = 0.75;
    table.setOverrides({cheaper});
    QCOMPARE(table.cost(haiku, {4'000'000, 0, 0, 0}), 1.0);
    // The dated snapshot of an overridden model takes the override too.
    QCOMPARE(table.cost(haiku + u"-20251001", {0, 4'000'000, 0, 0}), 3.0);
    QCOMPARE(table.overrides().size(), 1);
    table.setOverrides({});
    QCOMPARE(table.price(haiku)->input, listed->input);
    QVERIFY(table.overrides().isEmpty());
}

void TestPriceTable::overrides_roundTripThroughJson()
{
    ModelPrice tiered;
    tiered.model = QStringLiteral("my-model");
    tiered.input = 1.5;
    tiered.output = 6;
    tiered.cacheWrite = 2;
    tiered.cacheRead = 0.125;
    tiered.abovePromptTokens = 200000;
    tiered.aboveInput = 3;
    tiered.aboveOutput = 12;
    tiered.source = QStringLiteral("my contract");
    tiered.date = QStringLiteral("2026-11-26");
    ModelPrice plain;
    plain.model = QStringLiteral("qwen2.5-coder");
    plain.output = 0.5;
    const QJsonArray json = PriceTable::pricesToJson({tiered, plain});
    SpawnError error;
    const std::optional<QList<ModelPrice>> back = PriceTable::pricesFromJson(json, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->size(), 2);
    const ModelPrice &first = back->at(0);
    QCOMPARE(first.model, tiered.model);
    QCOMPARE(first.cacheRead, 0.125);
    QCOMPARE(first.abovePromptTokens, 200000);
    QCOMPARE(first.aboveOutput, 12.0);
    QCOMPARE(first.source, tiered.source);
    QCOMPARE(back->at(1).output, 0.5);
    QCOMPARE(PriceTable::pricesToJson(*back), json);
    // Refused: no id, a negative price, not an object.
    QVERIFY(!PriceTable::pricesFromJson(QJsonArray{QJsonObject{{QStringLiteral("input"), 1}}}, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(!PriceTable::pricesFromJson(
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("m")}, {QStringLiteral("output"), -1}}}, &error));
    QVERIFY(!PriceTable::pricesFromJson(QJsonArray{42}, &error));
}

void TestPriceTable::userOverrides_applyToTheCurrentTable()
{
    ModelPrice local;
    local.model = QStringLiteral("qwen2.5-coder");
    local.input = 1;
    PriceTable::setUserOverrides({local});
    QCOMPARE(PriceTable::current().cost(QStringLiteral("qwen2.5-coder"), {1'000'000, 0, 0, 0}), 1.0);
    QCOMPARE(PriceTable::builtin().cost(QStringLiteral("qwen2.5-coder"), {1'000'000, 0, 0, 0}), 0.0);
    PriceTable::setUserOverrides({});
    QCOMPARE(PriceTable::current().cost(QStringLiteral("qwen2.5-coder"), {1'000'000, 0, 0, 0}), 0.0);
}

void TestPriceTable::badTable_isAClearError()
{
    SpawnError error;
    QVERIFY(!PriceTable::fromJson("{nope", &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(!PriceTable::fromJson(R"({"models":[{"input":1,"output":2}]})", &error));
}

void TestPriceTable::e2bSandbox_isPricedPerVcpuAndGibSecond()
{
    const PriceTable &table = PriceTable::builtin();
    const auto price = table.sandboxPrice(QStringLiteral("e2b"));
    QVERIFY(price);
    QCOMPARE(price->perVcpuSecond, 0.000014);
    QCOMPARE(price->perGibSecond, 0.0000045);
    QVERIFY(price->source.contains(u"e2b.dev"));
    QCOMPARE(price->date, QStringLiteral("2026-11-26"));
    // The default sandbox, 2 vCPU and 0.5 GiB, for an hour: $0.1008 + $0.0081.
    bool known = false;
    QVERIFY(qFuzzyCompare(table.sandboxCost(QStringLiteral("e2b"), 2 * 3600.0, 0.5 * 3600.0, &known), 0.1089));
    QVERIFY(known);
    // 8 vCPU and 4 GiB for an hour: $0.468, E2B's own example.
    QVERIFY(qFuzzyCompare(table.sandboxCost(QStringLiteral("e2b"), 8 * 3600.0, 4 * 3600.0), 0.468));
    QCOMPARE(table.sandboxCost(QStringLiteral("local"), 1000.0, 1000.0, &known), 0.0);
    QVERIFY(!known);
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "test_pricetable.moc"
