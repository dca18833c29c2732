// SPDX-License-Identifier: MIT
#include "endextension.h"

EndExtension::EndExtension(QObject *parent)
    : PendingOperation(parent)
{
}

EndExtension::~EndExtension() = default;

void EndExtension::succeedWith(const QDateTime &expiresAt)
{
    if (isFinished())
        return;
    m_expiresAt = expiresAt;
    succeed();
}

void EndExtension::failWhenGone(QObject *source)
{
    // A late fail() after finished() changes nothing: still one answer.
    connect(source, &QObject::destroyed, this, [this] { fail(gone()); });
}

SpawnError EndExtension::gone()
{
    return SpawnError::system(tr("The sandbox went away before its extension was confirmed"));
}
