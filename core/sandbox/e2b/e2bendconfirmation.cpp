// SPDX-License-Identifier: MIT
#include "e2bendconfirmation.h"

#include "e2bcontrolplane.h"
#include "e2berrors.h"
#include "e2bhttpcall.h"
#include "e2blog.h"
#include "e2bsandboxrecord.h"
#include "session/plan.h"

#include <QJsonObject>

E2bEndConfirmation::E2bEndConfirmation(E2bControlPlane *controlPlane, const QString &sandboxId,
                                       const QDateTime &startedAt, const QDateTime &wanted, QObject *parent)
    : PendingOperation(parent)
    , m_controlPlane(controlPlane)
    , m_sandboxId(sandboxId)
    , m_startedAt(startedAt)
    , m_wanted(wanted)
    , m_endAt(wanted)
{
}

E2bEndConfirmation::~E2bEndConfirmation() = default;

void E2bEndConfirmation::start()
{
    // Without a start, where the hour ends is not known: ask.
    const bool withinEveryPlan = m_startedAt.isValid()
        && m_wanted <= m_startedAt.addSecs(planLimits(Plan::Hobby).maxLifetime.count());
    if (withinEveryPlan) {
        finishLater();
        return;
    }
    E2bHttpCall *info = m_controlPlane->info(m_sandboxId, this);
    connect(info, &AsyncOperation::finished, this, [this, info] {
        const QDateTime real = info->succeeded() ? E2bSandboxRecord::fromJson(info->json().object()).endAt : QDateTime();
        // E2B's clocks and ours differ by a little; an account's limit by hours.
        if (!real.isValid() || real.secsTo(m_wanted) <= 60) {
            succeed();
            return;
        }
        qCWarning(lcE2b) << "E2B ends sandbox" << m_sandboxId << "at" << real << "not" << m_wanted
                         << ": the account's longest run is shorter than the plan's";
        m_endAt = real;
        // The account's longest run, counted from the start as E2B counts it.
        const QDateTime start = m_startedAt.isValid() ? m_startedAt
                                                      : E2bSandboxRecord::fromJson(info->json().object()).startedAt;
        fail(E2bErrors::accountAllows(std::chrono::seconds(start.secsTo(real))));
    });
}
