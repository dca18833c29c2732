// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/costanalytics.h"
#include "billing/budget.h"
#include "billing/costestimator.h"
#include "billing/pricetable.h"
#include "store/sqlsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

// The one estimate: the prompt, this user's history of the same model and
// app type (median of the last 20), E2B's sandbox for its usual run, and
// how close it comes to what sessions really cost.
class TestCostEstimator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noHistory_usesTheDefaults();
    void history_takesTheMedianOfTheLast20();
    void otherModelsAndTypes_doNotCount();
    void repairsAndCaching_shapeTheInputFactor();
    void followUp_learnsFromEarlierChanges();
    void followUpRepairs_areNotTheAppsWriting();
    void followUpHistory_followsTheModelTheUserChose_andCountsAChangeOnce();
    void unknownModel_isUnpricedAndCostsNothing();
    void e2b_addsTheSandboxForItsUsualRunAndSize();
    void scriptedHistory_estimatesMeetTheBill();

private:
    struct Request
    {
        QString purpose;
        TokenCounts tokens;
        QString part = QStringLiteral("answer");
        QString servedAs = QString();  // the id the server answered with; empty: the session's model
    };
    // `basis`: the estimate's history size, as a spawn stores it (-1: not estimated).
    QString addSession(const QString &model, const QString &type, const QList<Request> &requests,
                       double estimate = 0.0, SandboxKind sandbox = SandboxKind::Local, int basis = -1);
    CostEstimate estimate(const QString &model, const QString &type, qint64 promptTokens,
                          SandboxKind sandbox = SandboxKind::Local);

    std::unique_ptr<StoreFixture> m_fixture;
    QDateTime m_clock;
};

namespace {
const QString Sonnet = QStringLiteral("claude-sonnet-5-5");  // $2 in, $10 out, $2.50 write, $0.10 read

double sonnetCost(const TokenCounts &tokens)
{
    return PriceTable::builtin().cost(Sonnet, tokens);
}
} // namespace

void TestCostEstimator::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
    m_clock = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
}

void TestCostEstimator::cleanup()
{
    m_fixture.reset();
}

QString TestCostEstimator::addSession(const QString &model, const QString &type, const QList<Request> &requests,
                                      double estimate, SandboxKind sandbox, int basis)
{
    Session session;
    session.prompt = QStringLiteral("an app");
    appTypeFromString(type, &session.appType);
    session.provider = QStringLiteral("anthropic");
    session.model = model;
    session.sandboxKind = sandbox;
    session.createdAt = m_clock;
    session.estimatedCost = estimate;
    m_clock = m_clock.addSecs(600);
    if (m_fixture->store().createSession(session).isError())
        return {};
    m_fixture->store().setEstimateBasis(session.id, basis);
    double actual = 0.0;
    for (const Request &request : requests) {
        LlmUsageRecord row;
        row.sessionId = session.id;
        row.time = session.createdAt;
        row.provider = session.provider;
        row.model = request.servedAs.isEmpty() ? model : request.servedAs;
        row.part = request.part;
        row.inputTokens = request.tokens.input;
        row.outputTokens = request.tokens.output;
        row.cacheWriteTokens = request.tokens.cacheWrite;
        row.cacheReadTokens = request.tokens.cacheRead;
        row.cost = PriceTable::builtin().cost(model, request.tokens);
        row.uncachedCost = PriceTable::builtin().uncachedCost(model, request.tokens);
        row.purpose = request.purpose;
        m_fixture->store().recordLlmUsage(row);
        actual += row.cost;
    }
    // Ended, with what it cost: what the dashboard compares.
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(QStringLiteral("UPDATE sessions SET status = 'stopped', actual_cost = ? WHERE id = ?"));
    query.addBindValue(actual);
    query.addBindValue(session.id);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return session.id;
}

CostEstimate TestCostEstimator::estimate(const QString &model, const QString &type, qint64 promptTokens,
                                         SandboxKind sandbox)
{
    EstimateRequest request;
    request.model = model;
    request.appType = type;
    request.promptTokens = promptTokens;
    request.promptTokensCounted = true;
    request.sandboxKind = sandbox;
    request.defaultRunTime = std::chrono::minutes(15);
    return CostEstimator(m_fixture->database(), PriceTable::builtin()).estimate(request);
}

void TestCostEstimator::noHistory_usesTheDefaults()
{
    const CostEstimate first = estimate(Sonnet, QStringLiteral("webapp"), 2500);
    QCOMPARE(first.priceStatus, PriceStatus::Priced);
    QCOMPARE(first.basedOnSessions, 0);
    QCOMPARE(first.outputTokens, CostEstimator::defaultOutputTokens(QStringLiteral("webapp"), false));
    QCOMPARE(first.inputFactor, 1.0);
    QVERIFY(qFuzzyCompare(first.modelCost, sonnetCost({2500, 6000, 0, 0})));
    QCOMPARE(first.sandboxCost, 0.0);  // the local sandbox is free
    QCOMPARE(first.total(), first.modelCost);
    QCOMPARE(CostEstimator::describe(first), u"about " + Budget::formatUsd(first.modelCost) + u" (a first guess)");
    QCOMPARE(first.highModelCost, first.modelCost);
}

void TestCostEstimator::history_takesTheMedianOfTheLast20()
{
    // 25 earlier apps: the five oldest wrote 90,000 tokens; the last 20 wrote 3,000 to 3,950.
    for (int i = 0; i < 25; ++i) {
        const qint64 output = i < 5 ? 90'000 : 3000 + (i - 5) * 50;
        addSession(Sonnet, QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, output, 0, 0}}});
    }
    const CostEstimate next = estimate(Sonnet, QStringLiteral("webapp"), 2000);
    QCOMPARE(next.basedOnSessions, 20);
    QCOMPARE(next.outputTokens, 3475);  // the median of 3,000 … 3,950
    QCOMPARE(next.inputFactor, 1.0);
    QVERIFY(qFuzzyCompare(next.modelCost, sonnetCost({2000, 3475, 0, 0})));
    // What it is: the most those apps would cost today, and the typical one.
    const double high = sonnetCost({2000, 3950, 0, 0});
    QVERIFY(qFuzzyCompare(next.highModelCost, high));
    QCOMPARE(CostEstimator::describe(next), QStringLiteral("up to %1 (usually about %2 for apps like this)")
                                                .arg(Budget::formatUsd(high), Budget::formatUsd(next.modelCost)));
}

void TestCostEstimator::otherModelsAndTypes_doNotCount()
{
    addSession(QStringLiteral("claude-opus-5-5"), QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, 50'000, 0, 0}}});
    addSession(Sonnet, QStringLiteral("script"), {{QStringLiteral("prompt"), {2000, 40'000, 0, 0}}});
    addSession(Sonnet, QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, 5000, 0, 0}},
                                                 {QStringLiteral("follow-up"), {9000, 70'000, 0, 0}}});
    const CostEstimate web = estimate(Sonnet, QStringLiteral("webapp"), 2000);
    QCOMPARE(web.basedOnSessions, 1);
    QCOMPARE(web.outputTokens, 5000);  // the follow-up is not the app's writing
    // "Let the model choose" learns from every type of that model.
    const CostEstimate any = estimate(Sonnet, QString(), 2000);
    QCOMPARE(any.basedOnSessions, 2);
}

void TestCostEstimator::repairsAndCaching_shapeTheInputFactor()
{
    // A prompt of 2,000 tokens written to the cache (1.25 × input), then a
    // repair that read it (0.05 × input at Sonnet 5.5's $0.10) and sent
    // 8,000 new tokens.
    addSession(Sonnet, QStringLiteral("api"), {{QStringLiteral("prompt"), {0, 6000, 2000, 0}},
                                              {QStringLiteral("repair"), {8000, 2000, 0, 2000}}});
    const CostEstimate next = estimate(Sonnet, QStringLiteral("api"), 2000);
    QCOMPARE(next.outputTokens, 8000);
    const double expected = (2000 * 2.5 + 8000 * 2.0 + 2000 * 0.1) / 2.0 / 2000.0;
    QVERIFY2(qFuzzyCompare(next.inputFactor, expected), qPrintable(QString::number(next.inputFactor)));
}

void TestCostEstimator::followUp_learnsFromEarlierChanges()
{
    addSession(Sonnet, QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, 6000, 0, 0}},
                                                 {QStringLiteral("follow-up"), {500, 1200, 0, 9500}},
                                                 {QStringLiteral("follow-up"), {700, 1600, 0, 9300}},
                                                 {QStringLiteral("follow-up"), {600, 1400, 0, 9400}}});
    EstimateRequest request;
    request.model = Sonnet;
    request.followUp = true;
    request.promptTokens = 10'000;
    const CostEstimate change = CostEstimator(m_fixture->database(), PriceTable::builtin()).estimate(request);
    QCOMPARE(change.basedOnSessions, 3);
    QCOMPARE(change.outputTokens, 1400);
    // Mostly read from the cache: the prompt costs about a seventh of its uncached price.
    QVERIFY2(change.inputFactor > 0.1 && change.inputFactor < 0.2, qPrintable(QString::number(change.inputFactor)));
    QCOMPARE(change.sandboxCost, 0.0);
    // What those changes were billed, not the prompt as if sent uncached.
    QVERIFY(qFuzzyCompare(change.modelCost, sonnetCost({600, 1400, 0, 9400})));
    QVERIFY(qFuzzyCompare(change.highModelCost, sonnetCost({700, 1600, 0, 9300})));
    QVERIFY2(CostEstimator::describe(change).startsWith(u"up to " + Budget::formatUsd(change.highModelCost)
                                                        + u" (usually about " + Budget::formatUsd(change.modelCost)
                                                        + u" for changes like this)"),
             qPrintable(CostEstimator::describe(change)));
}

void TestCostEstimator::followUpRepairs_areNotTheAppsWriting()
{
    addSession(Sonnet, QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, 6000, 0, 0}},
                                                 {QStringLiteral("follow-up"), {9000, 1500, 0, 0}},
                                                 {QStringLiteral("follow-up-repair"), {11000, 1500, 0, 0}}});
    const CostEstimate next = estimate(Sonnet, QStringLiteral("webapp"), 2000);
    QCOMPARE(next.outputTokens, 6000);
    QCOMPARE(next.inputFactor, 1.0);
}

void TestCostEstimator::followUpHistory_followsTheModelTheUserChose_andCountsAChangeOnce()
{
    // Chosen as "claude-sonnet-4-5", answered as the dated snapshot; the
    // second change went on past the output limit.
    const QString alias = QStringLiteral("claude-sonnet-4-5");
    const QString dated = QStringLiteral("claude-sonnet-4-5-20250929");
    addSession(alias, QStringLiteral("webapp"),
               {{QStringLiteral("prompt"), {2000, 6000, 0, 0}, QStringLiteral("answer"), dated},
                {QStringLiteral("follow-up"), {500, 1000, 0, 9000}, QStringLiteral("answer"), dated},
                {QStringLiteral("follow-up"), {500, 4000, 0, 9000}, QStringLiteral("answer"), dated},
                {QStringLiteral("follow-up"), {600, 1000, 0, 13000}, QStringLiteral("continue"), dated}});
    EstimateRequest request;
    request.model = alias;
    request.followUp = true;
    request.promptTokens = 10'000;
    const CostEstimate change = CostEstimator(m_fixture->database(), PriceTable::builtin()).estimate(request);
    QCOMPARE(change.basedOnSessions, 2);
    // The two changes: 1,000 and 5,000 tokens out (the continued one counted once).
    QCOMPARE(change.outputTokens, 3000);
    const double first = PriceTable::builtin().cost(alias, {500, 1000, 0, 9000});
    const double second = PriceTable::builtin().cost(alias, {500, 4000, 0, 9000}) + PriceTable::builtin().cost(alias, {600, 1000, 0, 13000});
    QVERIFY(qFuzzyCompare(change.modelCost, (first + second) / 2.0));
}

void TestCostEstimator::unknownModel_isUnpricedAndCostsNothing()
{
    const CostEstimate unknown = estimate(QStringLiteral("claude-future-9"), QStringLiteral("webapp"), 2000);
    QVERIFY(unknown.isUnpriced());
    QCOMPARE(unknown.modelCost, 0.0);
    QVERIFY(CostEstimator::describe(unknown).contains(u"price unknown for claude-future-9"));
}

void TestCostEstimator::e2b_addsTheSandboxForItsUsualRunAndSize()
{
    // Without history: the default lifetime (15 min here) on 2 vCPU / 512 MiB.
    const PriceTable &prices = PriceTable::builtin();
    const CostEstimate first = estimate(Sonnet, QStringLiteral("webapp"), 2000, SandboxKind::E2b);
    QCOMPARE(first.sandboxSeconds, 900.0);
    QVERIFY(qFuzzyCompare(first.sandboxCost, prices.sandboxCost(QStringLiteral("e2b"), 2.0 * 900, 0.5 * 900)));

    // Two earlier runs on an 8 vCPU / 4 GiB template, of 10 and 30 minutes.
    for (const int minutes : {10, 30}) {
        const QString id = addSession(Sonnet, QStringLiteral("webapp"), {}, 0.0, SandboxKind::E2b);
        UsageRecord run;
        run.sessionId = id;
        run.startTime = m_clock;
        run.endTime = m_clock.addSecs(minutes * 60);
        run.cpuSeconds = 8.0 * minutes * 60;
        run.memoryGbSeconds = 4.0 * minutes * 60;
        QVERIFY(!m_fixture->store().recordUsage(run).isError());
    }
    const CostEstimate next = estimate(Sonnet, QStringLiteral("webapp"), 2000, SandboxKind::E2b);
    QCOMPARE(next.sandboxSeconds, 1200.0);
    QVERIFY(qFuzzyCompare(next.sandboxCost, prices.sandboxCost(QStringLiteral("e2b"), 8.0 * 1200, 4.0 * 1200)));
    QVERIFY(qFuzzyCompare(next.total(), next.modelCost + next.sandboxCost));
    QVERIFY(CostEstimator::describe(next).contains(u"20 minute"));
}

// A scripted history of 60 apps as a user makes them: three types, sizes
// that vary by a factor of about two, a quarter needing a repair, the
// prompt cached. Each is estimated from the ones before it, exactly as a
// spawn is, and the dashboard's median actual ÷ estimate must land in
// 0.8–1.25 for every type.
void TestCostEstimator::scriptedHistory_estimatesMeetTheBill()
{
    QRandomGenerator random(20261207);
    const auto spread = [&random](double typical) {
        // Log-normal, sigma 0.35: most apps within half and twice the typical size.
        const double u1 = std::max(1e-9, random.generateDouble());
        const double u2 = random.generateDouble();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return qint64(typical * std::exp(0.35 * normal));
    };
    const QStringList types{QStringLiteral("webapp"), QStringLiteral("api"), QStringLiteral("script")};
    const QHash<QString, double> typicalOutput{{types.at(0), 9000}, {types.at(1), 6500}, {types.at(2), 3000}};
    const QDateTime first = m_clock;
    for (int i = 0; i < 60; ++i) {
        const QString type = types.at(i % 3);
        const qint64 prompt = 2200 + random.bounded(400);
        const CostEstimate before = estimate(Sonnet, type, prompt);
        const qint64 output = spread(typicalOutput.value(type));
        QList<Request> requests{{QStringLiteral("prompt"), {0, output, prompt, 0}}};
        if (random.bounded(4) == 0) {
            // The app failed to start: the error goes back, the cached prompt is read again.
            requests << Request{QStringLiteral("repair"), {output + 800, output / 3, 0, prompt}};
        }
        addSession(Sonnet, type, requests, before.total(), SandboxKind::Local, before.basedOnSessions);
    }
    // A session estimated before CostEstimator (the old "prompt plus the
    // most the answer may take") is not in the dashboard's comparison.
    addSession(Sonnet, QStringLiteral("webapp"), {{QStringLiteral("prompt"), {2000, 6000, 0, 0}}}, 5.0);
    QList<EstimateAccuracy> accuracy;
    QVERIFY(!CostAnalytics(m_fixture->database()).estimateAccuracy({first, m_clock}, &accuracy).isError());
    QCOMPARE(accuracy.size(), 3);
    for (const EstimateAccuracy &type : std::as_const(accuracy)) {
        qInfo().noquote() << "estimates for" << type.appType << ": median actual / estimate"
                          << QString::number(type.medianRatio, 'f', 3) << "over" << type.sessions << "sessions";
        QCOMPARE(type.sessions, 20);
        QVERIFY2(type.medianRatio >= 0.8 && type.medianRatio <= 1.25,
                 qPrintable(type.appType + u' ' + QString::number(type.medianRatio)));
    }
}

QTEST_GUILESS_MAIN(TestCostEstimator)
#include "test_costestimator.moc"
