// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"
#include "common/promptimage.h"
#include "deploy/appbundle.h"
#include "generation/promptlibrary.h"
#include "session/sessionstatus.h"

#include <QPointer>

#include <functional>

class GenerationPhase;

// The model's work on one app until it runs: the first request (a new app,
// or a change to the running one), then, whenever the answer is refused or
// the app it made fails to deploy, a repair round with the error, up to the
// run's GenerationSettings::repairRounds, and for a new app one last try
// with the simpler prompt. Each answer that validates comes out as
// answered(): the caller deploys it and says how that went (deployed() or
// appFailed()). finished() comes once: succeeded when an answer deployed,
// or failed with where it gave up (failedStep()).
class RepairLoop final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairLoop)

public:
    // Writes the session's move down before the loop acts on it; false when
    // the journal refused, which ends the run (and cancels the loop).
    using Journal = std::function<bool(SessionStatus to, const QString &detail)>;

    RepairLoop(GenerationPhase *phase, Journal journal, QObject *parent = nullptr);
    ~RepairLoop() override;

    // A new app from `request`; the simpler prompt is the last try.
    void writeApp(const QString &request, const QList<PromptImage> &images = {});
    // A change to `current`, the app that runs.
    void change(const QString &request, const AppBundle &current, const QList<PromptImage> &images = {});
    // `app` (the last answer, or a version deployed without the model)
    // failed at `repair.step` through its own fault: the model repairs it.
    void appFailed(RepairRequest repair, const SpawnError &error, const AppBundle &app);
    // The last answer runs.
    void deployed();

    // Failed because a model request failed (not the app): nothing was
    // there to repair.
    bool requestFailed() const { return m_requestFailed; }
    // Where it gave up, for the session's error.
    const QString &failedStep() const { return m_failedStep; }

signals:
    // A bundle to deploy.
    void answered(const AppBundle &bundle);
    void repairStarted(int round, const SpawnError &reason);

protected:
    void abortWork() override;

private:
    void onAnswered(const AppBundle &bundle);
    void onFailed(const SpawnError &error, bool repairable);
    void tryRepair(RepairRequest repair, const SpawnError &error);
    // The error the loop ends with when nothing more is tried: `refused`,
    // the model's answer was not an app; else the app it made did not run.
    SpawnError givenUp(const SpawnError &error, bool refused) const;

    // Cleared when the phase is destroyed: the loop may be its child, and a
    // child is destroyed after its parent's own destructor has run.
    QPointer<GenerationPhase> m_phase;
    Journal m_journal;
    QString m_request;
    AppBundle m_current;  // what the next repair fixes
    bool m_simplerLeft = false;
    bool m_triedSimpler = false;
    bool m_writingApp = false;  // a new app, not a change to the running one
    bool m_requestFailed = false;
    QString m_failedStep;
};
