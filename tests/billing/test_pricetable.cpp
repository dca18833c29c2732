// SPDX-License-Identifier: MIT
#include "billing/localserver.h"
#include "billing/pricetable.h"
#include "llm/anthropicclient.h"

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
    void catalogueModels_allHaveAPrice();
    void claudeSinceClaude3_havePricesWithSourceAndDate();
    void modelIds_resolveAsAnthropicNamesThem_data();
    void modelIds_resolveAsAnthropicNamesThem();
    void sonnet45Session_costsWhatTheIssueSays();
    void lookup_isPricedFreeOrUnknown_data();
    void lookup_isPricedFreeOrUnknown();
    void userPriceOfZero_isFree();
    void uncachedCost_isWhatCachingSavedAgainst();
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

void TestPriceTable::catalogueModels_allHaveAPrice()
{
    // A model the new-app form offers must never be counted as free.
    for (const ModelInfo &model : AnthropicClient::builtinCatalogue()) {
        const PriceLookup lookup = PriceTable::builtin().lookup(model.id);
        QVERIFY2(lookup.status == PriceStatus::Priced, qPrintable(model.id + u" has no price in pricing.json"));
    }
}

void TestPriceTable::claudeSinceClaude3_havePricesWithSourceAndDate()
{
    // Every Claude model since Claude 3 that /v1/models may still list.
    const QStringList models{
        QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-opus-4-1"), QStringLiteral("claude-opus-4"),
        QStringLiteral("claude-sonnet-4"),   QStringLiteral("claude-3-7-sonnet"), QStringLiteral("claude-3-5-haiku"),
        QStringLiteral("claude-3-haiku"),    QStringLiteral("claude-3-5-sonnet"), QStringLiteral("claude-3-opus"),
        QStringLiteral("claude-opus-4-5"),   QStringLiteral("claude-haiku-4-5"), QStringLiteral("claude-sonnet-4-6"),
        QStringLiteral("claude-mythos-5"),   QStringLiteral("claude-mythos-5-1"), QStringLiteral("claude-mythos-5-2")};
    for (const QString &id : models) {
        const std::optional<ModelPrice> price = PriceTable::builtin().price(id);
        QVERIFY2(price, qPrintable(id));
        QVERIFY2(price->input > 0 && price->output > 0 && price->cacheWrite > 0 && price->cacheRead > 0, qPrintable(id));
        QVERIFY2(!price->source.isEmpty() && !price->date.isEmpty(), qPrintable(id));
    }
    // Claude's rule: a 5-minute write costs 1.25 times the input.
    const std::optional<ModelPrice> opus = PriceTable::builtin().price(QStringLiteral("claude-opus-4-1"));
    QCOMPARE(opus->input, 15.0);
    QCOMPARE(opus->output, 75.0);
    QCOMPARE(opus->cacheWrite, 18.75);
    QCOMPARE(opus->cacheRead, 1.5);
}

void TestPriceTable::modelIds_resolveAsAnthropicNamesThem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("entry");
    const auto row = [](const char *id, const char *entry) {
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(entry);
    };
    row("claude-sonnet-4-5-20250929", "claude-sonnet-4-5");
    row("claude-sonnet-4-5", "claude-sonnet-4-5");
    row("claude-3-7-sonnet-latest", "claude-3-7-sonnet");
    row("claude-3-7-sonnet-20250219", "claude-3-7-sonnet");
    row("claude-3-5-haiku-latest", "claude-3-5-haiku");
    row("claude-3-5-sonnet-20241022", "claude-3-5-sonnet");
    row("claude-sonnet-4-0", "claude-sonnet-4");
    row("claude-sonnet-4-20250514", "claude-sonnet-4");
    row("claude-opus-4-0", "claude-opus-4");
    row("claude-opus-4-1-20250805", "claude-opus-4-1");
    row("claude-3-haiku-20240307", "claude-3-haiku");
    row("Claude-Sonnet-4-5", "claude-sonnet-4-5");
    row("anthropic/claude-opus-4-1", "claude-opus-4-1");
    row("anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku");
    row("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5");
    row("claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet");
    row("claude-sonnet-4-5[1m]", "claude-sonnet-4-5");
    row("claude-haiku-4-5-20251001", "claude-haiku-4-5");
}

void TestPriceTable::modelIds_resolveAsAnthropicNamesThem()
{
    QFETCH(QString, id);
    QFETCH(QString, entry);
    QCOMPARE(PriceTable::canonicalModelId(id), entry);
    const std::optional<ModelPrice> price = PriceTable::builtin().price(id);
    QVERIFY(price);
    QCOMPARE(price->model, entry);
}

void TestPriceTable::sonnet45Session_costsWhatTheIssueSays()
{
    // 1,000 input and 2,000 output tokens at $3 / $15 per million: $0.033, not $0.00.
    const PriceTable &table = PriceTable::builtin();
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-sonnet-4-5"), {1000, 2000, 0, 0}), 0.033));
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-sonnet-4-5-20250929"), {1000, 2000, 0, 0}), 0.033));
    // Above 200K input tokens (the 1M context) every token costs the long-context price.
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-sonnet-4-5"), {200'001, 1000, 0, 0}),
                          (200'001 * 6.0 + 1000 * 22.5) / 1e6));
}

void TestPriceTable::lookup_isPricedFreeOrUnknown_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("status");
    const auto row = [](const char *name, const char *model, const char *url, const char *status) {
        QTest::newRow(name) << QString::fromLatin1(model) << QString::fromLatin1(url) << QString::fromLatin1(status);
    };
    row("claude at anthropic", "claude-sonnet-5-5", "", "priced");
    row("claude through a local proxy is still billed", "claude-sonnet-5-5", "http://localhost:4000", "priced");
    row("a new claude nobody priced", "claude-future-9", "", "unknown");
    row("a new claude behind localhost", "claude-future-9", "http://127.0.0.1:8080", "unknown");
    row("ollama on this machine", "qwen2.5-coder", "http://localhost:11434/v1", "free");
    row("llama.cpp on the LAN", "qwen2.5-coder", "http://192.168.1.20:8080/v1", "free");
    row("a 10/8 box", "llama3.1:8b", "http://10.0.0.7:11434/v1", "free");
    row("a tailnet box", "llama3.1:8b", "http://100.101.102.103:11434/v1", "free");
    row("an mDNS name", "mistral", "http://gpu-box.local:1234/v1", "free");
    row("a one-label name", "mistral", "http://gpu-box:1234/v1", "free");
    row("ipv6 loopback", "mistral", "http://[::1]:1234/v1", "free");
    row("ipv6 unique local", "mistral", "http://[fd12:3456::1]:1234/v1", "free");
    row("a hosted openai-compatible service", "qwen2.5-coder", "https://api.example.com/v1", "unknown");
    row("gpt through a LAN gateway", "gpt-4o", "http://10.0.0.7:4000/v1", "unknown");
    row("a public address", "mistral", "http://8.8.8.8/v1", "unknown");
    row("OpenAI's open weights on ollama", "gpt-oss:20b", "http://localhost:11434/v1", "free");
}

void TestPriceTable::lookup_isPricedFreeOrUnknown()
{
    QFETCH(QString, model);
    QFETCH(QString, baseUrl);
    QFETCH(QString, status);
    QCOMPARE(priceStatusToString(PriceTable::builtin().lookup(model, QUrl(baseUrl)).status), status);
}

void TestPriceTable::userPriceOfZero_isFree()
{
    // Another vendor's "-v2" is part of the model's name, not a Bedrock version.
    QCOMPARE(PriceTable::canonicalModelId(QStringLiteral("deepseek-v2")), u"deepseek-v2");
    QCOMPARE(PriceTable::canonicalModelId(QStringLiteral("qwen2.5-coder-7b-0")), u"qwen2.5-coder-7b-0");
    PriceTable table = PriceTable::builtin();
    QCOMPARE(table.lookup(QStringLiteral("claude-future-9")).status, PriceStatus::Unknown);
    ModelPrice zero;
    zero.model = QStringLiteral("claude-future-9");
    table.setOverride(zero);
    QCOMPARE(table.lookup(QStringLiteral("claude-future-9")).status, PriceStatus::Free);
    QVERIFY(!table.lookup(QStringLiteral("claude-future-9")).isOwnServer());
    QVERIFY(table.lookup(QStringLiteral("qwen2.5-coder"), QUrl(QStringLiteral("http://localhost:11434/v1"))).isOwnServer());
    // An override written as a dated id prices the model too.
    ModelPrice dated;
    dated.model = QStringLiteral("claude-next-1-20270101");
    dated.input = 1;
    dated.output = 2;
    table.setOverride(dated);
    QCOMPARE(table.lookup(QStringLiteral("claude-next-1")).status, PriceStatus::Priced);
}

void TestPriceTable::uncachedCost_isWhatCachingSavedAgainst()
{
    const PriceTable &table = PriceTable::builtin();
    // Sonnet 5.5: 100,000 tokens read from the cache cost $0.01; uncached, $0.20.
    const TokenCounts tokens{1000, 500, 0, 100'000};
    QVERIFY(qFuzzyCompare(table.cost(QStringLiteral("claude-sonnet-5-5"), tokens), (1000 * 2.0 + 500 * 10.0 + 100'000 * 0.1) / 1e6));
    QVERIFY(qFuzzyCompare(table.uncachedCost(QStringLiteral("claude-sonnet-5-5"), tokens), (101'000 * 2.0 + 500 * 10.0) / 1e6));
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "test_pricetable.moc"
