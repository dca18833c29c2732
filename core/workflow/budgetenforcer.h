// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class BudgetNotifier;
class BudgetPolicy;
class SessionRunner;
class SessionStore;

// Keeps the month within the monthly budget while sessions run. After every
// recorded cost (coalesced to one check per turn of the event loop) it adds
// up the month; the notifier tells of 50, 80 and 100 %, and once the month's
// spend reaches the budget (BudgetPolicy) the enforcer stops what costs
// money in the runs it watches: model work in flight, and sandboxes of paid
// kinds (E2B): killed, or paused where the user chose so. Local sandboxes
// cost nothing and keep running. Stopping is an ordinary journaled stop, so
// every session keeps its files, log and history; raising the budget lets
// the user go on.
class BudgetEnforcer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEnforcer)

public:
    BudgetEnforcer(BudgetPolicy *policy, SessionStore *store, QObject *parent = nullptr);

    BudgetNotifier *notifier() const { return m_notifier; }
    // Watches `runner` until it ends (SessionManager::runnerStarted).
    void watch(SessionRunner *runner);
    // Adds up the month and acts on it; what every recorded cost triggers.
    void check();

signals:
    // A paid run is to stop (killed, not paused): its owner stops it as a
    // Stop does, waiting for a cloud sandbox's end to be confirmed.
    void stopRequested(const QString &sessionId, const QString &reason);
    // The 100 % stop happened: `sessionIds` are the runs it stopped or
    // whose model work it stopped.
    void budgetStopped(double spent, double budget, const QStringList &sessionIds);

private:
    void scheduleCheck();
    void enforce(double spent);
    QString reason() const;
    QString pausedReason() const;

    BudgetPolicy *m_policy;
    SessionStore *m_store;
    BudgetNotifier *m_notifier;
    QList<QPointer<SessionRunner>> m_runners;
    bool m_checkPending = false;
};
