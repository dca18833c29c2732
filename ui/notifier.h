// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/session.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

class SessionManager;
class SessionRunner;

// One thing worth telling the user outside the window: a desktop
// notification through the tray, else a line in the message bar.
struct Notification
{
    enum class Kind { AppReady, AppFailed, ExpiresSoon, BudgetThreshold, BudgetStopped };
    Kind kind = Kind::AppReady;
    QString title;
    QString message;
    QString sessionId;  // empty for the budget
    bool warning = false;
    // ExpiresSoon: whether Extend can still give it time (false at the
    // plan's longest run, which the message then names).
    bool canExtend = true;
};

Q_DECLARE_METATYPE(Notification)

// Decides what the user is told, and when: an app is ready (once per run),
// an app failed, a sandbox expires soon, 50/80/100 % of the monthly budget
// (BudgetNotifier tells each once a month) and the 100 % stop. It only says
// what; the tray or the window shows it.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    // `manager` must outlive the notifier.
    explicit Notifier(SessionManager *manager, QObject *parent = nullptr);
    ~Notifier() override;

    static Notification appReady(const Session &session, const QUrl &url);
    static Notification appFailed(const Session &session);
    // `cannotExtend`: why Extend would give nothing (RunExpiry::extensionRefusal()).
    static Notification expiresSoon(const Session &session, const QDateTime &expiresAt,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                    const SpawnError &cannotExtend = {});
    static Notification budgetThreshold(int percent, double spent, double budget);
    // `stopped` names the sessions the stop ended or whose model work it ended.
    static Notification budgetStopped(double spent, double budget, const QStringList &stopped);

signals:
    void notified(const Notification &notification);

private:
    void watch(SessionRunner *runner);
    Session sessionOf(const QString &sessionId) const;

    SessionManager *m_manager;
    // Runs whose ready was told: a follow-up comes back ready again and is
    // not news worth a desktop notification.
    QSet<QString> m_toldReady;
};
