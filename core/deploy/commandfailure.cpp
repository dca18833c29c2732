// SPDX-License-Identifier: MIT
#include "commandfailure.h"

#include "sandbox/commandrun.h"

using namespace std::chrono_literals;

SpawnError CommandFailure::of(const CommandRun *run, DeployStep step, ErrorKind exitKind,
                              std::chrono::milliseconds timeout, int tailLines)
{
    const QString title = deployStepTitle(step);
    const SpawnError &error = run->error();
    if (run->timedOut())
        return SpawnError::resource(withTail(tr("%1 timed out after %2").arg(title, duration(timeout)), run, tailLines));
    if (error.isError())
        return {error.kind, withTail(tr("%1 failed: %2").arg(title, error.message), run, tailLines), error.retryable};
    const QString message = tr("%1 failed with exit code %2").arg(title).arg(run->exitCode());
    return {exitKind, withTail(message, run, tailLines), exitKind == ErrorKind::Api};
}

QString CommandFailure::withTail(const QString &message, const CommandRun *run, int tailLines)
{
    const QString tail = run ? run->outputTail(tailLines) : QString();
    if (tail.isEmpty())
        return message + u'.';
    return message + QStringLiteral(". Last output:\n") + tail;
}

QString CommandFailure::duration(std::chrono::milliseconds duration)
{
    if (duration >= 1min && duration % 1min == 0ms)
        return tr("%n min", nullptr, int(duration / 1min));
    if (duration >= 1s)
        return tr("%1 s").arg(double(duration.count()) / 1000.0, 0, 'g', 3);
    return tr("%1 ms").arg(duration.count());
}

bool CommandFailure::looksLikeNetworkFailure(const QString &output)
{
    for (const char *marker : {"ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "ECONNREFUSED",
                               "ENETUNREACH", "Temporary failure in name resolution",
                               "NewConnectionError", "ReadTimeoutError", "Network is unreachable"}) {
        if (output.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}
