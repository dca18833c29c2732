// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionstatus.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QTimer;
class SessionStore;
class SessionWatcher;
struct SessionEvent;

// The run as five steps, generating → validating → deploying → starting →
// ready, each with the time spent in it, read from the session's journal:
// the current step's time counts up while it runs, and repair rounds (the
// model fixing its app after a failed step) show as they start. A redeploy
// and a follow-up (a restore, an edit) start a new run, so the stepper
// shows the latest run only, its times from 0.
class SessionStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStepper)

public:
    enum class StepState
    {
        Pending,
        Active,
        Done,
        Failed,
    };

    // Follows the session through `watcher` (SessionActions::watcher()).
    SessionStepper(SessionStore *store, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionStepper() override;

    void setSessionId(const QString &sessionId);

    static QList<SessionStatus> steps();
    StepState stepState(SessionStatus step) const;
    // Time spent in the step so far; -1 if it has not started.
    qint64 stepMilliseconds(SessionStatus step) const;
    int repairRounds() const { return m_repairRounds; }
    static QString durationText(qint64 milliseconds);

private:
    struct Step
    {
        StepState state = StepState::Pending;
        qint64 spent = 0;      // closed time, ms
        QDateTime activeSince;  // set while active
        bool seen = false;
    };

    void reset();
    void apply(const SessionEvent &event);
    void render();
    int indexOf(SessionStatus status) const;

    SessionStore *m_store;
    QString m_sessionId;
    QList<Step> m_steps;
    QList<QLabel *> m_labels;
    QLabel *m_repairs;
    QTimer *m_ticker;
    int m_active = -1;
    int m_repairRounds = 0;
    qint64 m_lastEventId = 0;
};
