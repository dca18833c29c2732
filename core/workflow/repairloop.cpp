// SPDX-License-Identifier: MIT
#include "repairloop.h"

#include "generationphase.h"

#include <QCoreApplication>

// The timeline's lines keep the runner's translation context, where they
// have always been translated.

RepairLoop::RepairLoop(GenerationPhase *phase, Journal journal, QObject *parent)
    : AsyncOperation(parent)
    , m_phase(phase)
    , m_journal(std::move(journal))
{
    connect(m_phase, &GenerationPhase::answered, this, &RepairLoop::onAnswered);
    connect(m_phase, &GenerationPhase::failed, this, &RepairLoop::onFailed);
}

RepairLoop::~RepairLoop()
{
    if (!isFinished() && m_phase)
        m_phase->cancel();
}

void RepairLoop::writeApp(const QString &request, const QList<PromptImage> &images)
{
    m_request = request;
    m_writingApp = true;
    m_simplerLeft = true;
    m_phase->writeApp(request, images);
}

void RepairLoop::change(const QString &request, const AppBundle &current, const QList<PromptImage> &images)
{
    m_current = current;
    m_phase->change(request, current, images);
}

void RepairLoop::appFailed(RepairRequest repair, const SpawnError &error, const AppBundle &app)
{
    if (isFinished())
        return;
    m_current = app;
    tryRepair(std::move(repair), error);
}

void RepairLoop::deployed()
{
    finishSuccess();
}

void RepairLoop::abortWork()
{
    m_phase->cancel();
}

void RepairLoop::onAnswered(const AppBundle &bundle)
{
    if (isFinished())
        return;
    m_current = bundle;
    emit answered(bundle);
}

void RepairLoop::onFailed(const SpawnError &error, bool repairable)
{
    if (isFinished())
        return;
    if (!repairable) {
        m_requestFailed = true;
        m_failedStep = QCoreApplication::translate("SessionRunner", "asking the model");
        finishWithError(error);
        return;
    }
    if (!m_journal(SessionStatus::Validating,
                   QCoreApplication::translate("SessionRunner", "the answer was refused")))
        return;
    RepairRequest repair;
    repair.step = QStringLiteral("validation");
    repair.error = error.message;
    tryRepair(repair, error);
}

void RepairLoop::tryRepair(RepairRequest repair, const SpawnError &error)
{
    const int rounds = m_phase->settings().repairRounds;
    const int used = m_phase->repairsAsked();
    repair.maxAttempts = rounds;
    repair.port = m_current.manifest().port();
    if (used < rounds) {
        repair.attempt = used + 1;
        // What failed in the user's words (with the app's last output),
        // then, on the lines the timeline folds away, what the model is told.
        const QString detail = QCoreApplication::translate("SessionRunner", "repair round %1 of %2: %3")
                                   .arg(used + 1)
                                   .arg(rounds)
                                   .arg(error.message.trimmed())
            + u'\n'
            + QCoreApplication::translate("SessionRunner", "Asked the model: %1")
                  .arg(PromptLibrary::repairInstruction(repair));
        if (!m_journal(SessionStatus::Generating, detail))
            return;
        emit repairStarted(used + 1, error);
        m_phase->repair(repair, m_current.files().isEmpty() ? nullptr : &m_current);
        return;
    }
    if (std::exchange(m_simplerLeft, false)) {
        if (!m_journal(SessionStatus::Generating,
                       QCoreApplication::translate("SessionRunner", "one last try with a simpler prompt")))
            return;
        m_triedSimpler = true;
        emit repairStarted(used + 1, error);
        m_phase->writeSimpler(m_request);
        return;
    }
    m_failedStep = repair.step;
    finishWithError(givenUp(error, repair.step == u"validation"));
}

SpawnError RepairLoop::givenUp(const SpawnError &error, bool refused) const
{
    // Speaks to the user: what did not come, what was tried, and why in the
    // error's own words (never the instruction written for the model).
    const int repairs = m_phase->repairsAsked();
    QString tried;
    if (repairs > 0 && m_triedSimpler)
        tried = QCoreApplication::translate("SessionRunner", "%n repair(s) and a simpler prompt were tried", nullptr,
                                            repairs);
    else if (repairs > 0)
        tried = QCoreApplication::translate("SessionRunner", "%n repair(s) were tried", nullptr, repairs);
    else if (m_triedSimpler)
        tried = QCoreApplication::translate("SessionRunner", "a simpler prompt was tried");
    QString what;
    if (refused)
        what = m_writingApp ? QCoreApplication::translate("SessionRunner", "The model did not return an app")
                            : QCoreApplication::translate("SessionRunner", "The model did not return the change");
    else
        what = m_writingApp ? QCoreApplication::translate("SessionRunner", "The app the model wrote did not run")
                            : QCoreApplication::translate("SessionRunner", "The changed app did not run");
    if (!tried.isEmpty())
        what += QStringLiteral(" (") + tried + u')';
    SpawnError result = error;
    result.message = what + QStringLiteral(": ") + error.message.trimmed();
    return result;
}
