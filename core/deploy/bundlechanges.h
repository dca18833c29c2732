// SPDX-License-Identifier: MIT
#pragma once

#include "appbundle.h"

#include <QStringList>

// What a new version of an app changes against the version running in the
// same sandbox: the files to write, the files to remove, and whether the
// dependencies must be installed again.
class BundleChanges final
{
public:
    BundleChanges(const AppBundle &previous, const AppBundle &next);

    const QList<AppFile> &changedFiles() const { return m_changed; }
    const QStringList &removedPaths() const { return m_removed; }
    bool nodePackagesChanged() const { return m_nodeChanged; }
    bool pythonPackagesChanged() const { return m_pythonChanged; }

private:
    QList<AppFile> m_changed;
    QStringList m_removed;
    bool m_nodeChanged = false;
    bool m_pythonChanged = false;
};
