// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "versiondiff.h"

#include <QHash>

class SessionStore;

// What one version changed against the one before it, for the version list.
struct VersionChangeSummary
{
    int filesChanged = 0;
    int linesAdded = 0;
    int linesDeleted = 0;
};

// Two stored versions of a session, compared. The one place that picks the
// defaults, so the Code tab, `spawnai diff` and the API agree: without
// numbers, the latest against the one before; with one, it against the latest.
class VersionComparison final
{
public:
    // `from`, `to`: version numbers, 0 for the default.
    static VersionComparison load(const SessionStore &store, const QString &sessionId, int from = 0, int to = 0);
    // Every version's change against the one before (the first: against nothing).
    static QHash<int, VersionChangeSummary> summaries(const SessionStore &store, const QString &sessionId);
    // Adds the versions `summaries` lacks; each costs reading it and the one
    // before, so a view that keeps its summaries reads two versions per new
    // one, not the whole history.
    static void complete(const SessionStore &store, const QString &sessionId,
                         QHash<int, VersionChangeSummary> *summaries);
    // "+12 −3 lines, 2 files"
    static QString describe(const VersionChangeSummary &summary);

    const SpawnError &error() const { return m_error; }
    int from() const { return m_from; }
    int to() const { return m_to; }
    const VersionDiff &diff() const { return m_diff; }

private:
    SpawnError m_error;
    int m_from = 0;
    int m_to = 0;
    VersionDiff m_diff;
};
