// SPDX-License-Identifier: MIT
#include "erroradvice.h"

#include "sandbox/e2b/e2berrors.h"

#include <QRegularExpression>

ErrorAdvice::Action ErrorAdvice::actionFor(const SpawnError &error)
{
    if (!error.isError())
        return Action::None;
    if (planToSet(error))
        return Action::SetPlan;
    // The clients word key problems as "key"/"authentication"/401 and limits
    // as the plan's or the sandbox's; see llm/ and workflow/.
    static const QRegularExpression key(QStringLiteral("\\b(api key|key|authenticat\\w*|unauthori[sz]ed|401|403)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression limit(QStringLiteral("\\b(plan|limit|budget|quota|at most)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if ((error.kind == ErrorKind::Api || error.kind == ErrorKind::User) && error.message.contains(key))
        return Action::EditKey;
    if (error.kind == ErrorKind::Resource || error.message.contains(limit))
        return Action::RaiseLimit;
    return error.retryable ? Action::Retry : Action::None;
}

std::optional<Plan> ErrorAdvice::planToSet(const SpawnError &error)
{
    return E2bErrors::planToSet(error);
}
