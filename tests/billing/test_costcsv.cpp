// SPDX-License-Identifier: MIT
#include "billing/costcsv.h"

#include <QTest>

// The dashboard's CSV exports: RFC 4180 quoting and amounts that add up.
class TestCostCsv final : public QObject
{
    Q_OBJECT

private slots:
    void field_quotesOnlyWhatNeedsIt();
    void daily_oneLinePerDayWithTotals();
    void sessions_keepPromptsIntact();
};

void TestCostCsv::field_quotesOnlyWhatNeedsIt()
{
    QCOMPARE(CostCsv::field(QStringLiteral("plain text")), QStringLiteral("plain text"));
    QCOMPARE(CostCsv::field(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    QCOMPARE(CostCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CostCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(CostCsv::usd(2.5), QStringLiteral("2.500000"));
}

void TestCostCsv::daily_oneLinePerDayWithTotals()
{
    CostTotals totals;
    totals.llmCost = 1.25;
    totals.sandboxCost = 0.5;
    totals.inputTokens = 1200;
    totals.outputTokens = 300;
    totals.requests = 2;
    totals.sandboxRuns = 1;
    totals.cpuSeconds = 12.5;
    totals.memoryGbSeconds = 3;
    const QByteArray csv = CostCsv::daily({{QStringLiteral("2026-11-26"), totals}, {QStringLiteral("2026-11-27"), {}}});
    QCOMPARE(csv,
             QByteArray("day,llm_usd,sandbox_usd,total_usd,input_tokens,output_tokens,requests,sandbox_runs,"
                        "vcpu_seconds,memory_gb_seconds\r\n"
                        "2026-11-26,1.250000,0.500000,1.750000,1200,300,2,1,12.500,3.000\r\n"
                        "2026-11-27,0.000000,0.000000,0.000000,0,0,0,0,0.000,0.000\r\n"));
}

void TestCostCsv::sessions_keepPromptsIntact()
{
    SessionCostRow row;
    row.id = QStringLiteral("abc");
    row.createdAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    row.prompt = QStringLiteral("a \"todo\" app, with tags\nand dates");
    row.provider = QStringLiteral("anthropic");
    row.model = QStringLiteral("claude-sonnet-4-5");
    row.sandboxKind = QStringLiteral("e2b");
    row.status = QStringLiteral("stopped");
    row.llmCost = 0.0042;
    row.sandboxCost = 0.001;
    row.inputTokens = 5000;
    row.outputTokens = 900;
    row.repairRounds = 1;
    const QByteArray csv = CostCsv::sessions({row});
    QVERIFY(csv.startsWith("id,created_at,prompt,provider,model,sandbox_kind,status,llm_usd,sandbox_usd,total_usd,"
                           "input_tokens,output_tokens,repair_rounds\r\n"));
    QVERIFY(csv.endsWith("abc,2026-11-26T09:30:00.000Z,\"a \"\"todo\"\" app, with tags\nand dates\",anthropic,"
                         "claude-sonnet-4-5,e2b,stopped,0.004200,0.001000,0.005200,5000,900,1\r\n"));
}

QTEST_GUILESS_MAIN(TestCostCsv)
#include "test_costcsv.moc"
