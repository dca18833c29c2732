// SPDX-License-Identifier: MIT
#include "notifier.h"

#include "billing/budget.h"
#include "billing/budgetnotifier.h"
#include "sessiontext.h"
#include "store/sessionstore.h"
#include "workflow/budgetenforcer.h"
#include "workflow/sessionmanager.h"
#include "workflow/runexpiry.h"
#include "workflow/sessionrunner.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <optional>

Notifier::Notifier(SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    connect(manager, &SessionManager::runnerStarted, this, &Notifier::watch);
    for (SessionRunner *runner : manager->runners()) {
        if (runner && !runner->hasEnded())
            watch(runner);
    }
    BudgetEnforcer *budget = manager->budget();
    connect(budget->notifier(), &BudgetNotifier::thresholdReached, this,
            [this](int percent, double spent, double monthly) {
                emit notified(budgetThreshold(percent, spent, monthly));
            });
    connect(budget, &BudgetEnforcer::budgetStopped, this,
            [this](double spent, double monthly, const QStringList &ids) {
                QStringList titles;
                for (const QString &id : ids)
                    titles << SessionText::title(sessionOf(id));
                emit notified(budgetStopped(spent, monthly, titles));
            });
}

Notifier::~Notifier() = default;

Session Notifier::sessionOf(const QString &sessionId) const
{
    if (const std::optional<Session> session = m_manager->store()->session(sessionId))
        return *session;
    Session unknown;
    unknown.id = sessionId;
    return unknown;
}

void Notifier::watch(SessionRunner *runner)
{
    const QString id = runner->sessionId();
    m_toldReady.remove(id);
    connect(runner, &SessionRunner::ready, this, [this, id](const QUrl &url) {
        if (m_toldReady.contains(id))
            return;
        m_toldReady.insert(id);
        emit notified(appReady(sessionOf(id), url));
    });
    connect(runner, &SessionRunner::expiresSoon, this, [this, runner, id](const QDateTime &expiresAt) {
        emit notified(expiresSoon(sessionOf(id), expiresAt, QDateTime::currentDateTimeUtc(),
                                  runner->expiry()->extensionRefusal()));
    });
    connect(runner, &SessionRunner::ended, this, [this, id](SessionStatus status) {
        m_toldReady.remove(id);
        if (status == SessionStatus::Failed)
            emit notified(appFailed(sessionOf(id)));
    });
}

Notification Notifier::appReady(const Session &session, const QUrl &url)
{
    Notification note;
    note.kind = Notification::Kind::AppReady;
    note.sessionId = session.id;
    note.title = tr("Your app is ready");
    note.message = url.isEmpty() ? tr("“%1” is running.").arg(SessionText::title(session))
                                 : tr("“%1” is running at %2.")
                                       .arg(SessionText::title(session), url.toDisplayString());
    return note;
}

Notification Notifier::appFailed(const Session &session)
{
    Notification note;
    note.kind = Notification::Kind::AppFailed;
    note.sessionId = session.id;
    note.warning = true;
    note.title = tr("Your app could not start");
    const QString why = session.error.message.trimmed();
    note.message = why.isEmpty() ? tr("“%1” failed. Open SpawnAI to see what happened.").arg(SessionText::title(session))
                                 : tr("“%1” failed: %2").arg(SessionText::title(session), why);
    return note;
}

Notification Notifier::expiresSoon(const Session &session, const QDateTime &expiresAt, const QDateTime &now,
                                   const SpawnError &cannotExtend)
{
    Notification note;
    note.kind = Notification::Kind::ExpiresSoon;
    note.sessionId = session.id;
    note.warning = true;
    // Rounded up, so "in 5 minutes" is never said of 5 minutes and 30 seconds.
    const qint64 seconds = std::max<qint64>(0, now.secsTo(expiresAt));
    const int minutes = int(std::max<qint64>(1, (seconds + 59) / 60));
    note.title = tr("A sandbox stops soon");
    // "Extend it" only where Extend can: at the plan's longest run it says so.
    note.canExtend = !cannotExtend.isError();
    note.message = note.canExtend
        ? tr("“%1” stops in %n minute(s). Extend it to keep it running.", nullptr, minutes).arg(SessionText::title(session))
        : tr("“%1” stops in %n minute(s): %2", nullptr, minutes).arg(SessionText::title(session), cannotExtend.message);
    return note;
}

Notification Notifier::budgetThreshold(int percent, double spent, double budget)
{
    Notification note;
    note.kind = Notification::Kind::BudgetThreshold;
    note.warning = percent >= 80;
    note.title = percent >= 100 ? tr("Monthly budget spent") : tr("%1 % of the monthly budget").arg(percent);
    note.message = tr("%1 of your %2 monthly budget is spent (%3 %).")
                       .arg(Budget::formatUsd(spent), Budget::formatUsd(budget))
                       .arg(percent);
    return note;
}

Notification Notifier::budgetStopped(double spent, double budget, const QStringList &stopped)
{
    Notification note;
    note.kind = Notification::Kind::BudgetStopped;
    note.warning = true;
    note.title = tr("Stopped at the monthly budget");
    note.message = tr("The monthly budget of %1 is spent (%2). Stopped: %3. Their files and history are kept; "
                      "raise the budget in Settings to go on.")
                       .arg(Budget::formatUsd(budget), Budget::formatUsd(spent),
                            QLocale().createSeparatedList(stopped));
    return note;
}
