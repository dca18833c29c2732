// SPDX-License-Identifier: MIT
#include "versioncomparison.h"

#include "store/sessionstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("VersionComparison", text);
}
} // namespace

VersionComparison VersionComparison::load(const SessionStore &store, const QString &sessionId, int from, int to)
{
    VersionComparison result;
    const QList<AppVersion> versions = store.appVersions(sessionId);
    if (versions.isEmpty()) {
        result.m_error = SpawnError::user(tr("This session has no stored versions yet"));
        return result;
    }
    const int latest = versions.constLast().version;
    const int first = versions.constFirst().version;
    if (to == 0)
        to = latest;
    if (from == 0)
        from = to - 1;
    const auto exists = [&versions](int number) {
        return std::any_of(versions.cbegin(), versions.cend(),
                           [number](const AppVersion &v) { return v.version == number; });
    };
    for (const int number : {from, to}) {
        // Version 0 is "nothing yet": the first version against it shows every file added.
        if (number != 0 && !exists(number)) {
            result.m_error = SpawnError::user(latest == first
                                                  ? tr("There is no version %1; this session has only version %2")
                                                        .arg(number)
                                                        .arg(latest)
                                                  : tr("There is no version %1; this session has versions %2 to %3")
                                                        .arg(number)
                                                        .arg(first)
                                                        .arg(latest));
            return result;
        }
    }
    const std::optional<AppVersion> older = from == 0 ? std::nullopt : store.appVersion(sessionId, from);
    const std::optional<AppVersion> newer = store.appVersion(sessionId, to);
    result.m_from = from;
    result.m_to = to;
    result.m_diff = VersionDiff::compare(older ? older->files : QList<AppFile>(), newer ? newer->files : QList<AppFile>());
    return result;
}

QHash<int, VersionChangeSummary> VersionComparison::summaries(const SessionStore &store, const QString &sessionId)
{
    QHash<int, VersionChangeSummary> out;
    complete(store, sessionId, &out);
    return out;
}

void VersionComparison::complete(const SessionStore &store, const QString &sessionId,
                                 QHash<int, VersionChangeSummary> *summaries)
{
    int previousNumber = 0;
    std::optional<QList<AppFile>> previous = QList<AppFile>();  // before version 1: nothing
    for (const AppVersion &listed : store.appVersions(sessionId)) {
        const int number = listed.version;
        if (summaries->contains(number)) {
            previousNumber = number;
            previous.reset();  // read only if a later version needs it
            continue;
        }
        const std::optional<AppVersion> version = store.appVersion(sessionId, number);
        if (!version)
            continue;
        if (!previous) {
            const std::optional<AppVersion> before = store.appVersion(sessionId, previousNumber);
            previous = before ? before->files : QList<AppFile>();
        }
        const VersionDiff diff = VersionDiff::compare(*previous, version->files, 0);
        summaries->insert(number, {int(diff.files().size()), diff.linesAdded(), diff.linesDeleted()});
        previousNumber = number;
        previous = version->files;
    }
}

QString VersionComparison::describe(const VersionChangeSummary &summary)
{
    if (summary.filesChanged == 0)
        return tr("no changes");
    return QCoreApplication::translate("VersionComparison", "+%1 −%2 lines, %n file(s)", nullptr, summary.filesChanged)
        .arg(summary.linesAdded)
        .arg(summary.linesDeleted);
}
