// SPDX-License-Identifier: MIT
#include "billing/budgetcheck.h"
#include "billing/budgetthresholds.h"

#include <QTest>

// The budget's refusals and the notification thresholds, without a database.
class TestBudget final : public QObject
{
    Q_OBJECT

private slots:
    void noBudget_allowsAnything();
    void monthly_refusesWithTheNumbers();
    void monthly_allowsReachingTheLimitExactly();
    void perSession_refusesAFollowUpWithTheNumbers();
    void perSession_aNewSpawnCountsOnlyTheEstimate();
    void bothLimits_theMonthIsNamedFirst();
    void formatUsd_keepsSmallAmountsVisible();
    void reached_lists50_80_100();
    void thresholds_areReportedOncePerMonth();
    void unknownPrice_isRefusedUnderALimitOnly();
};

void TestBudget::noBudget_allowsAnything()
{
    const BudgetCheck check(Budget{});
    QVERIFY(!check.check(1000.0, 5000.0, 5000.0).isError());
}

void TestBudget::monthly_refusesWithTheNumbers()
{
    const BudgetCheck check(Budget{10.0, 0.0});
    const SpawnError error = check.check(0.42, 9.80);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY(!error.retryable);
    QVERIFY2(error.message.startsWith(
                 QStringLiteral("This would cost about $0.42; $9.80 of your $10.00 monthly budget is spent.")),
             qPrintable(error.message));
    QVERIFY(!check.check(0.19, 9.80).isError());
}

void TestBudget::monthly_allowsReachingTheLimitExactly()
{
    const BudgetCheck check(Budget{10.0, 0.0});
    // 9.8 + 0.2 is 10.000000000000002 in binary; that is not over.
    QVERIFY(!check.check(0.2, 9.8).isError());
    QVERIFY(check.check(0.21, 9.8).isError());
}

void TestBudget::perSession_refusesAFollowUpWithTheNumbers()
{
    const BudgetCheck check(Budget{0.0, 2.0});
    const SpawnError error = check.check(0.35, 100.0, 1.70);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.startsWith(
                 QStringLiteral("This would cost about $0.35; this session has cost $1.70 of its $2.00 limit.")),
             qPrintable(error.message));
    QVERIFY(!check.check(0.30, 100.0, 1.70).isError());
}

void TestBudget::perSession_aNewSpawnCountsOnlyTheEstimate()
{
    const BudgetCheck check(Budget{0.0, 0.50});
    QVERIFY(!check.check(0.40, 3.0).isError());
    const SpawnError error = check.check(0.60, 3.0);
    QVERIFY(error.message.contains(QStringLiteral("this session has cost $0.00 of its $0.50 limit")));
}

void TestBudget::bothLimits_theMonthIsNamedFirst()
{
    const BudgetCheck check(Budget{10.0, 1.0});
    QVERIFY(check.check(2.0, 9.0, 0.5).message.contains(QStringLiteral("monthly budget")));
    // Within the month, over the session: the session's message.
    QVERIFY(check.check(0.75, 5.0, 0.5).message.contains(QStringLiteral("of its $1.00 limit")));
}

void TestBudget::formatUsd_keepsSmallAmountsVisible()
{
    QCOMPARE(Budget::formatUsd(0.0), QStringLiteral("$0.00"));
    QCOMPARE(Budget::formatUsd(0.0042), QStringLiteral("$0.0042"));
    QCOMPARE(Budget::formatUsd(12.345), QStringLiteral("$12.35"));
    // The first seconds of a cloud sandbox: not "$0.0000".
    QCOMPARE(Budget::formatUsd(0.000012), QStringLiteral("< $0.0001"));
}

void TestBudget::reached_lists50_80_100()
{
    const Budget budget{10.0, 0.0};
    QCOMPARE(BudgetThresholds::reached(budget, 4.99), QList<int>{});
    QCOMPARE(BudgetThresholds::reached(budget, 5.0), QList<int>{50});
    QCOMPARE(BudgetThresholds::reached(budget, 8.0), (QList<int>{50, 80}));
    QCOMPARE(BudgetThresholds::reached(budget, 10.0), (QList<int>{50, 80, 100}));
    QCOMPARE(BudgetThresholds::reached(budget, 25.0), (QList<int>{50, 80, 100}));
    QCOMPARE(BudgetThresholds::reached(Budget{}, 1e6), QList<int>{});
}

void TestBudget::thresholds_areReportedOncePerMonth()
{
    const Budget budget{10.0, 0.0};
    BudgetThresholds thresholds;
    const QDate november(2026, 11, 3);
    QCOMPARE(thresholds.update(november, budget, 1.0), QList<int>{});
    QCOMPARE(thresholds.update(november, budget, 5.5), QList<int>{50});
    QCOMPARE(thresholds.update(november.addDays(1), budget, 6.0), QList<int>{});
    // A jump past two thresholds reports both, once.
    QCOMPARE(thresholds.update(november.addDays(2), budget, 10.5), (QList<int>{80, 100}));
    QCOMPARE(thresholds.update(november.addDays(3), budget, 12.0), QList<int>{});
    // A new month starts afresh.
    const QDate december(2026, 12, 1);
    QCOMPARE(thresholds.update(december, budget, 0.5), QList<int>{});
    QCOMPARE(thresholds.update(december, budget, 8.0), (QList<int>{50, 80}));
    QCOMPARE(thresholds.update(december.addDays(30), budget, 8.5), QList<int>{});
}

void TestBudget::unknownPrice_isRefusedUnderALimitOnly()
{
    CostEstimate unknown;
    unknown.model = QStringLiteral("claude-future-9");
    unknown.priceStatus = PriceStatus::Unknown;
    // Without a limit there is nothing to keep: allowed, and counted apart.
    QVERIFY(!BudgetCheck(Budget{}).check(unknown, 0.0).isError());
    // With one, a request that would count as $0 is refused, naming the model and the way out.
    Budget limited{10.0, 0.0};
    const SpawnError error = BudgetCheck(limited).check(unknown, 0.0);
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(u"claude-future-9") && error.message.contains(u"Settings > Budget > Prices"),
             qPrintable(error.message));
    QVERIFY(BudgetCheck(Budget{0.0, 2.0}).check(unknown, 0.0).isError());
    // Unless the user allowed it.
    limited.allowUnpriced = true;
    QVERIFY(!BudgetCheck(limited).check(unknown, 0.0).isError());
    // A priced estimate is checked by its amount as before.
    CostEstimate priced;
    priced.priceStatus = PriceStatus::Priced;
    priced.modelCost = 0.42;
    QVERIFY(BudgetCheck(Budget{10.0, 0.0}).check(priced, 9.80).isError());
    QVERIFY(!BudgetCheck(Budget{10.0, 0.0}).check(priced, 9.50).isError());
}

QTEST_GUILESS_MAIN(TestBudget)
#include "test_billing_budget.moc"
