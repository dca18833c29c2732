// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/budgetpolicy.h"

#include <QSignalSpy>

// The one answer to "may this spend?", over a real history.
class TestBudgetPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noBudget_letsEverythingThrough();
    void spentMonth_refusesModelsAndPaidSandboxes_notLocalOnes();
    void estimate_pastTheSessionsBudget_isRefusedWithItsNumbers();
    void newBudget_isAnnounced_andAppliesAtOnce();
    void action_readsAndWritesItsNames();

private:
    void spend(double cost);
    static CostEstimate estimateOf(double modelCost);

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<BudgetPolicy> m_policy;
    QString m_session;
};

void TestBudgetPolicy::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
    Session session;
    session.prompt = QStringLiteral("a timer");
    session.appType = AppType::WebApp;
    QVERIFY(!m_fixture->store().createSession(session).isError());
    m_session = session.id;
    m_policy = std::make_unique<BudgetPolicy>(m_fixture->database());
}

void TestBudgetPolicy::cleanup()
{
    m_policy.reset();
    m_fixture.reset();
}

void TestBudgetPolicy::spend(double cost)
{
    LlmUsageRecord record;
    record.sessionId = m_session;
    record.time = QDateTime::currentDateTimeUtc();
    record.provider = QStringLiteral("anthropic");
    record.model = QStringLiteral("claude-sonnet-4-5");
    record.cost = cost;
    QVERIFY(!m_fixture->store().recordLlmUsage(record).isError());
}

CostEstimate TestBudgetPolicy::estimateOf(double modelCost)
{
    CostEstimate estimate;
    estimate.priceStatus = PriceStatus::Priced;
    estimate.modelCost = modelCost;
    return estimate;
}

void TestBudgetPolicy::noBudget_letsEverythingThrough()
{
    spend(500.0);
    QVERIFY(!m_policy->admit(SandboxKind::E2b, true).isError());
    QVERIFY(!m_policy->checkSpend(estimateOf(100.0), m_session).isError());
    QVERIFY(!m_policy->isSpent(500.0));
}

void TestBudgetPolicy::spentMonth_refusesModelsAndPaidSandboxes_notLocalOnes()
{
    Budget budget;
    budget.monthly = 1.0;
    m_policy->setBudget(budget);
    spend(0.40);
    QVERIFY(!m_policy->admit(SandboxKind::E2b, true).isError());
    spend(0.60);
    QVERIFY(m_policy->isSpent(1.0));
    const SpawnError model = m_policy->admit(SandboxKind::Local, true);
    QCOMPARE(model.kind, ErrorKind::User);
    QVERIFY2(model.message.contains(u"$1.00"), qPrintable(model.message));
    QVERIFY(m_policy->admit(SandboxKind::E2b, false).isError());
    // A local sandbox without a model costs nothing.
    QVERIFY(!m_policy->admit(SandboxKind::Local, false).isError());
}

void TestBudgetPolicy::estimate_pastTheSessionsBudget_isRefusedWithItsNumbers()
{
    Budget budget;
    budget.perSession = 0.50;
    m_policy->setBudget(budget);
    spend(0.30);
    QVERIFY(!m_policy->checkSpend(estimateOf(0.10), m_session).isError());
    const SpawnError refused = m_policy->checkSpend(estimateOf(0.30), m_session);
    QCOMPARE(refused.kind, ErrorKind::User);
    QVERIFY2(refused.message.contains(u"$0.50"), qPrintable(refused.message));
    // A new spawn has spent nothing of its own yet.
    QVERIFY(!m_policy->checkSpend(estimateOf(0.30), {}).isError());
}

void TestBudgetPolicy::newBudget_isAnnounced_andAppliesAtOnce()
{
    QSignalSpy changed(m_policy.get(), &BudgetPolicy::budgetChanged);
    Budget budget;
    budget.monthly = 0.10;
    m_policy->setBudget(budget);
    QCOMPARE(changed.size(), 1);
    spend(0.20);
    QVERIFY(m_policy->admit(SandboxKind::Local, true).isError());
    budget.monthly = 5.0;
    m_policy->setBudget(budget);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_policy->admit(SandboxKind::Local, true).isError());
}

void TestBudgetPolicy::action_readsAndWritesItsNames()
{
    QCOMPARE(m_policy->action(), BudgetAction::Kill);
    m_policy->setAction(BudgetAction::Pause);
    QCOMPARE(m_policy->action(), BudgetAction::Pause);
    QCOMPARE(budgetActionFromString(QStringLiteral("pause")), BudgetAction::Pause);
    QCOMPARE(budgetActionToString(BudgetAction::Kill), QStringLiteral("kill"));
    QVERIFY(!budgetActionFromString(QStringLiteral("hibernate")));
}

QTEST_GUILESS_MAIN(TestBudgetPolicy)
#include "test_budgetpolicy.moc"
