// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"
#include "sandbox/e2b/e2bconfig.h"
#include "uitestfixture.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The plan's limits as the overrides lower them (RuntimeOverrides):
// MAX_CONCURRENT_SESSIONS and a shorter default timeout reach the manager
// and the E2B client; the plan's longest run stays the ceiling.
class TestPlanLimits final : public QObject
{
    Q_OBJECT

private slots:
    void loweredConcurrency_refusesTheNextSession_namingTheVariable();
    void loweredDefaultTimeout_isANewSandboxsTimeout_underThePlansLongestRun();
    void planAlone_bringsItsOwnLimits();
    void estimate_countsTheLoweredDefaultTimeout();
    void e2bConfig_lowersItsConcurrency_neverAboveThePlan();

private:
    static SpawnRequest site();
};

SpawnRequest TestPlanLimits::site()
{
    SpawnError error;
    SpawnRequest request;
    request.bundle = *TemplateLibrary().load(u"static-site"_s, &error);
    request.prompt = u"Template: static-site"_s;
    request.templateName = u"static-site"_s;
    return request;
}

void TestPlanLimits::loweredConcurrency_refusesTheNextSession_namingTheVariable()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    PlanLimits limits = planLimits(Plan::Hobby);
    limits.maxConcurrentSessions = 2;
    fixture.manager().setPlan(Plan::Hobby, limits);
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        SpawnError error;
        ids << fixture.manager().spawn(site(), &error);
        QVERIFY2(!ids.constLast().isEmpty(), qPrintable(error.message));
    }
    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);

    SpawnError refused;
    QVERIFY(fixture.manager().spawn(site(), &refused).isEmpty());
    QCOMPARE(refused.kind, ErrorKind::User);
    QVERIFY2(refused.message.contains(u"MAX_CONCURRENT_SESSIONS"), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(u"2 sessions"), qPrintable(refused.message));
    QCOMPARE(fixture.store().sessionCount(), 2);
    QCOMPARE(fixture.provider().createCalls(), 2);
}

void TestPlanLimits::loweredDefaultTimeout_isANewSandboxsTimeout_underThePlansLongestRun()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    PlanLimits limits = planLimits(Plan::Pro);
    limits.defaultTimeout = 2min;
    fixture.manager().setPlan(Plan::Pro, limits);
    SpawnError error;
    const QString id = fixture.manager().spawn(site(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    QTRY_COMPARE(fixture.provider().createCalls(), 1);
    QCOMPARE(fixture.provider().lastSpec().timeout, 2min);
    QCOMPARE(fixture.provider().lastSpec().maxTimeout, 24h);

    // A redeploy gets the same default.
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Stopped);
    QVERIFY(!fixture.manager().redeploy(id).isError());
    QTRY_COMPARE(fixture.provider().createCalls(), 2);
    QCOMPARE(fixture.provider().lastSpec().timeout, 2min);
}

void TestPlanLimits::planAlone_bringsItsOwnLimits()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    PlanLimits lowered = planLimits(Plan::Hobby);
    lowered.maxConcurrentSessions = 3;
    fixture.manager().setPlan(Plan::Hobby, lowered);
    fixture.manager().setPlan(Plan::Pro);
    QCOMPARE(fixture.manager().limits().maxConcurrentSessions, 100);
    // A new sandbox gets the default lifetime on either plan; pro's 24 hours
    // are the ceiling of its extensions.
    QCOMPARE(fixture.manager().limits().defaultTimeout, 15min);
    QCOMPARE(fixture.manager().limits().maxLifetime, 24h);
    SpawnError error;
    QVERIFY2(!fixture.manager().spawn(site(), &error).isEmpty(), qPrintable(error.message));
    QTRY_COMPARE(fixture.provider().createCalls(), 1);
    QCOMPARE(fixture.provider().lastSpec().timeout, 15min);
    QCOMPARE(fixture.provider().lastSpec().maxTimeout, 24h);
}

void TestPlanLimits::estimate_countsTheLoweredDefaultTimeout()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SpawnRequest request = site();
    request.sandboxKind = SandboxKind::E2b;  // billed: the estimate has a sandbox part
    QCOMPARE(fixture.manager().estimate(request).sandboxSeconds, 900.0);  // the default lifetime
    PlanLimits limits = planLimits(Plan::Hobby);
    limits.defaultTimeout = 10min;
    fixture.manager().setPlan(Plan::Hobby, limits);
    QCOMPARE(fixture.manager().estimate(request).sandboxSeconds, 600.0);
    // An asked lifetime beyond the plan's longest run is estimated as it will run.
    request.timeout = 5h;
    QCOMPARE(fixture.manager().estimate(request).sandboxSeconds, 3600.0);
}

void TestPlanLimits::e2bConfig_lowersItsConcurrency_neverAboveThePlan()
{
    E2bConfig config;
    QCOMPARE(config.limits().maxConcurrentSessions, 20);
    config.maxConcurrentSessions = 5;
    QCOMPARE(config.limits().maxConcurrentSessions, 5);
    QCOMPARE(config.limits().maxLifetime, 1h);
    config.maxConcurrentSessions = 500;
    QCOMPARE(config.limits().maxConcurrentSessions, 20);
    config.plan = Plan::Pro;
    QCOMPARE(config.limits().maxConcurrentSessions, 100);
}

QTEST_GUILESS_MAIN(TestPlanLimits)
#include "test_planlimits.moc"
