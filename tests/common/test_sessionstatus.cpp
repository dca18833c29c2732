// SPDX-License-Identifier: MIT
#include "session/sessionstatus.h"

#include <QTest>

class TestSessionStatus final : public QObject
{
    Q_OBJECT

private slots:
    void forwardPath_isAllowedStepByStep();
    void followUp_returnsToReady();
    void repairRounds_goBackToGeneration();
    void skippingSteps_isRefused();
    void terminalStates_onlyAllowRedeploy();
    void names_roundTrip();
};

void TestSessionStatus::forwardPath_isAllowedStepByStep()
{
    using S = SessionStatus;
    const QList<S> path{S::Queued, S::Generating, S::Validating, S::Provisioning,
                        S::Deploying, S::Starting, S::Ready};
    for (qsizetype i = 1; i < path.size(); ++i)
        QVERIFY2(isTransitionAllowed(path[i - 1], path[i]), qPrintable(sessionStatusToString(path[i])));
    QVERIFY(isTransitionAllowed(S::Queued, S::Provisioning));  // templates skip generation
    // A cloud plan at its limit sends a creation back to the queue, and on.
    QVERIFY(isTransitionAllowed(S::Provisioning, S::Queued));
}

void TestSessionStatus::followUp_returnsToReady()
{
    QVERIFY(isTransitionAllowed(SessionStatus::Ready, SessionStatus::Updating));
    QVERIFY(isTransitionAllowed(SessionStatus::Updating, SessionStatus::Ready));
    QVERIFY(isTransitionAllowed(SessionStatus::Updating, SessionStatus::Generating));
}

void TestSessionStatus::repairRounds_goBackToGeneration()
{
    using S = SessionStatus;
    QVERIFY(isTransitionAllowed(S::Validating, S::Generating));
    QVERIFY(isTransitionAllowed(S::Deploying, S::Generating));
    QVERIFY(isTransitionAllowed(S::Starting, S::Generating));
    QVERIFY(isTransitionAllowed(S::Validating, S::Deploying));
    QVERIFY(!isTransitionAllowed(S::Ready, S::Generating));
    QVERIFY(!isTransitionAllowed(S::Provisioning, S::Generating));
}

void TestSessionStatus::skippingSteps_isRefused()
{
    using S = SessionStatus;
    QVERIFY(!isTransitionAllowed(S::Queued, S::Ready));
    QVERIFY(!isTransitionAllowed(S::Generating, S::Ready));
    QVERIFY(!isTransitionAllowed(S::Ready, S::Generating));
    QVERIFY(!isTransitionAllowed(S::Deploying, S::Provisioning));
    QVERIFY(!isTransitionAllowed(S::Queued, S::Expired));
}

void TestSessionStatus::terminalStates_onlyAllowRedeploy()
{
    using S = SessionStatus;
    for (S terminal : {S::Stopped, S::Expired, S::Failed, S::Cancelled}) {
        QVERIFY(isTerminal(terminal));
        QVERIFY(!isTransitionAllowed(terminal, S::Ready));
        QVERIFY(!isTransitionAllowed(terminal, S::Failed));
        QVERIFY(isTransitionAllowed(terminal, S::Queued));
    }
}

void TestSessionStatus::names_roundTrip()
{
    for (int i = 0; i <= int(SessionStatus::Cancelled); ++i) {
        const auto status = SessionStatus(i);
        SessionStatus parsed = SessionStatus::Queued;
        QVERIFY(sessionStatusFromString(sessionStatusToString(status), &parsed));
        QCOMPARE(parsed, status);
    }
    SessionStatus untouched = SessionStatus::Ready;
    QVERIFY(!sessionStatusFromString(QStringLiteral("creating"), &untouched));
    QCOMPARE(untouched, SessionStatus::Ready);
}

QTEST_GUILESS_MAIN(TestSessionStatus)
#include "test_sessionstatus.moc"
