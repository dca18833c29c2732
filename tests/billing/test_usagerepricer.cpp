// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/costtracker.h"
#include "billing/pricetable.h"
#include "billing/usagerepricer.h"
#include "store/sqlsupport.h"

#include <QSqlQuery>
#include <QTest>

// A history written before prices were tracked (schema 6) counted every
// model without a price as $0. After the upgrade those requests are marked
// unknown (an OpenAI-compatible one as local and free), and each is priced
// as soon as the table or the user has its price: the month's spend and the
// session's cost are complete again.
class TestUsageRepricer final : public QObject
{
    Q_OBJECT

private slots:
    void upgrade_marksWhatWasNeverPriced();
    void knownPrice_completesTheBill();
    void userPrice_pricesTheRestLater();
    void correctedPrice_isAppliedAgain_andARemovedOneUnpricesAgain();
    void upgrade_takesEachRequestsPurposeFromTheConversation();

private:
    QString m_sessionId;
};

namespace {
qint64 insertRow(QSqlDatabase db, const QString &sessionId, const QString &provider, const QString &model,
                 qint64 input, qint64 output, double cost)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, "
                                 "output_tokens, cost) VALUES (?, '2026-11-20T10:00:00.000Z', ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{sessionId, provider, model, input, output, cost})
        query.addBindValue(value);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

QString statusOf(const QSqlDatabase &db, const QString &model)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT price_status FROM llm_usage WHERE model = ?"));
    query.addBindValue(model);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Opens the history as SpawnAI 0.1 left it: schema 6, three requests that
// cost "nothing" and one that was priced.
std::unique_ptr<StoreFixture> oldHistory(QString *sessionId)
{
    auto fixture = std::make_unique<StoreFixture>();
    {
        Database old(Paths::databaseFile(), builtinMigrations().mid(0, 6));
        if (old.open().isError())
            return nullptr;
        QSqlQuery query(old.connection());
        *sessionId = Session::newId();
        query.prepare(QStringLiteral("INSERT INTO sessions (id, prompt, app_type, provider, model, status, created_at, "
                                     "updated_at, actual_cost) VALUES (?, 'a timer', 'webapp', 'anthropic', "
                                     "'claude-sonnet-4-5-20250929', 'stopped', '2026-11-20T10:00:00.000Z', "
                                     "'2026-11-20T10:05:00.000Z', 0.0114)"));
        query.addBindValue(*sessionId);
        if (!query.exec())
            return nullptr;
        const QSqlDatabase db = old.connection();
        insertRow(db, *sessionId, QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5-20250929"), 1000, 2000, 0.0);
        insertRow(db, *sessionId, QStringLiteral("openai"), QStringLiteral("qwen2.5-coder"), 3000, 4000, 0.0);
        insertRow(db, *sessionId, QStringLiteral("anthropic"), QStringLiteral("claude-future-9"), 500, 700, 0.0);
        insertRow(db, *sessionId, QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-5-5"), 1200, 900, 0.0114);
        // GPT through an OpenAI-compatible URL was billed, wherever it ran.
        insertRow(db, *sessionId, QStringLiteral("openai"), QStringLiteral("gpt-4o"), 100, 100, 0.0);
    }
    return fixture->open() ? std::move(fixture) : nullptr;
}
} // namespace

void TestUsageRepricer::upgrade_marksWhatWasNeverPriced()
{
    const std::unique_ptr<StoreFixture> fixture = oldHistory(&m_sessionId);
    QVERIFY(fixture);
    const QSqlDatabase db = fixture->database().connection();
    QCOMPARE(statusOf(db, QStringLiteral("claude-sonnet-4-5-20250929")), u"unknown");
    QCOMPARE(statusOf(db, QStringLiteral("qwen2.5-coder")), u"free");
    QCOMPARE(statusOf(db, QStringLiteral("claude-future-9")), u"unknown");
    QCOMPARE(statusOf(db, QStringLiteral("claude-sonnet-5-5")), u"priced");
    QCOMPARE(statusOf(db, QStringLiteral("gpt-4o")), u"unknown");
    // The month says what it does not count.
    CostReport report;
    QVERIFY(!CostTracker(fixture->database()).report(CostPeriod::month(QDate(2026, 11, 20)), 5, &report).isError());
    QVERIFY(!report.isPriced());
    QCOMPARE(report.unpriced.size(), 3);
    QCOMPARE(report.unpriced.at(0).model, u"claude-future-9");
    QCOMPARE(report.unpriced.at(1).inputTokens, 1000);
    QCOMPARE(report.unpriced.at(1).outputTokens, 2000);
    QCOMPARE(report.unpriced.at(2).model, u"gpt-4o");
}

void TestUsageRepricer::knownPrice_completesTheBill()
{
    const std::unique_ptr<StoreFixture> fixture = oldHistory(&m_sessionId);
    QVERIFY(fixture);
    int repriced = 0;
    QVERIFY(!UsageRepricer::reprice(fixture->database(), PriceTable::builtin(), &repriced).isError());
    QCOMPARE(repriced, 1);  // Sonnet 4.5 is in the table now; the future model is not
    const QSqlDatabase db = fixture->database().connection();
    QCOMPARE(statusOf(db, QStringLiteral("claude-sonnet-4-5-20250929")), u"priced");
    QCOMPARE(statusOf(db, QStringLiteral("claude-future-9")), u"unknown");
    // $0.033 more, in the session and in the month's summary.
    QVERIFY(qFuzzyCompare(fixture->store().session(m_sessionId)->actualCost, 0.0114 + 0.033));
    double month = 0.0;
    QVERIFY(!CostTracker(fixture->database()).monthSpent(QDate(2026, 11, 20), &month).isError());
    QVERIFY2(qFuzzyCompare(month, 0.0114 + 0.033), qPrintable(QString::number(month)));
    // Running it again changes nothing.
    QVERIFY(!UsageRepricer::reprice(fixture->database(), PriceTable::builtin(), &repriced).isError());
    QCOMPARE(repriced, 0);
}

void TestUsageRepricer::userPrice_pricesTheRestLater()
{
    const std::unique_ptr<StoreFixture> fixture = oldHistory(&m_sessionId);
    QVERIFY(fixture);
    PriceTable prices = PriceTable::builtin();
    ModelPrice future;
    future.model = QStringLiteral("claude-future-9");
    future.input = 10;
    future.output = 20;
    prices.setOverride(future);
    int repriced = 0;
    QVERIFY(!UsageRepricer::reprice(fixture->database(), prices, &repriced).isError());
    QCOMPARE(repriced, 2);  // Sonnet 4.5 from the table, the future model from the user
    CostReport report;
    QVERIFY(!CostTracker(fixture->database()).report(CostPeriod::month(QDate(2026, 11, 20)), 5, &report).isError());
    QCOMPARE(report.unpriced.size(), 1);  // gpt-4o still has no price
    QVERIFY(qFuzzyCompare(report.overall.llmCost, 0.0114 + 0.033 + (500 * 10.0 + 700 * 20.0) / 1e6));
}

// The price editor saves as the user types: a price that is corrected, or
// removed, must not leave the past priced the first way.
void TestUsageRepricer::correctedPrice_isAppliedAgain_andARemovedOneUnpricesAgain()
{
    const std::unique_ptr<StoreFixture> fixture = oldHistory(&m_sessionId);
    QVERIFY(fixture);
    PriceTable prices = PriceTable::builtin();
    ModelPrice future;
    future.model = QStringLiteral("claude-future-9");
    future.input = 10;  // the output not typed yet
    prices.setOverride(future);
    QVERIFY(!UsageRepricer::reprice(fixture->database(), prices).isError());
    const auto month = [&fixture] {
        double spent = 0.0;
        CostTracker(fixture->database()).monthSpent(QDate(2026, 11, 20), &spent);
        return spent;
    };
    QVERIFY(qFuzzyCompare(month(), 0.0114 + 0.033 + 500 * 10.0 / 1e6));
    future.output = 20;
    prices.setOverride(future);
    QStringList sessions;
    int repriced = 0;
    QVERIFY(!UsageRepricer::reprice(fixture->database(), prices, &repriced, &sessions).isError());
    QCOMPARE(repriced, 1);
    QCOMPARE(sessions, QStringList{m_sessionId});
    QVERIFY(qFuzzyCompare(month(), 0.0114 + 0.033 + (500 * 10.0 + 700 * 20.0) / 1e6));
    QVERIFY(qFuzzyCompare(fixture->store().session(m_sessionId)->actualCost, month()));

    prices.setOverrides({});
    QVERIFY(!UsageRepricer::reprice(fixture->database(), prices, &repriced).isError());
    QCOMPARE(statusOf(fixture->database().connection(), QStringLiteral("claude-future-9")), u"unknown");
    QVERIFY(qFuzzyCompare(month(), 0.0114 + 0.033));
}

void TestUsageRepricer::upgrade_takesEachRequestsPurposeFromTheConversation()
{
    auto fixture = std::make_unique<StoreFixture>();
    const QString id = Session::newId();
    {
        Database old(Paths::databaseFile(), builtinMigrations().mid(0, 6));
        QVERIFY(!old.open().isError());
        QSqlQuery query(old.connection());
        query.prepare(QStringLiteral("INSERT INTO sessions (id, prompt, app_type, provider, model, status, created_at, "
                                     "updated_at) VALUES (?, 'a timer', 'webapp', 'anthropic', 'claude-sonnet-5-5', "
                                     "'stopped', '2026-11-20T10:00:00.000Z', '2026-11-20T10:05:00.000Z')"));
        query.addBindValue(id);
        QVERIFY(query.exec());
        // The prompt, a repair of the app, a follow-up and a repair of the follow-up.
        const QList<std::pair<const char *, const char *>> turns{
            {"prompt", "2026-11-20T10:00:00.000Z"}, {"repair", "2026-11-20T10:01:00.000Z"},
            {"follow-up", "2026-11-20T10:02:00.000Z"}, {"repair", "2026-11-20T10:03:00.000Z"}};
        for (const auto &[purpose, time] : turns) {
            query.prepare(QStringLiteral("INSERT INTO conversation_messages (session_id, time, role, purpose, content) "
                                         "VALUES (?, ?, 'user', ?, 'x')"));
            query.addBindValue(id);
            query.addBindValue(QString::fromLatin1(time));
            query.addBindValue(QString::fromLatin1(purpose));
            QVERIFY(query.exec());
            query.prepare(QStringLiteral("INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, "
                                         "output_tokens, cost) VALUES (?, ?, 'anthropic', 'claude-sonnet-5-5', 10, 10, 0.001)"));
            query.addBindValue(id);
            query.addBindValue(QString(QString::fromLatin1(time).left(19) + u".500Z"));
            QVERIFY(query.exec());
        }
    }
    QVERIFY(fixture->open());
    QStringList purposes;
    for (const LlmUsageRecord &row : fixture->store().llmUsage(id))
        purposes << row.purpose;
    QCOMPARE(purposes, QStringList({QStringLiteral("prompt"), QStringLiteral("repair"), QStringLiteral("follow-up"),
                                    QStringLiteral("follow-up-repair")}));
}

QTEST_GUILESS_MAIN(TestUsageRepricer)
#include "test_usagerepricer.moc"
