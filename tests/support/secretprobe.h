// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/secretstore.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// What the secrets tests look at (issue 14): a keychain entry, and where a
// secret's bytes ended up.
namespace SecretProbe {

// The entry's value; empty when there is none; "(no answer)" when the
// keychain did not answer or failed.
inline QString read(SecretStore &store, const QString &key)
{
    SecretReading *reading = store.read(key);
    QSignalSpy done(reading, &AsyncOperation::finished);
    if ((done.isEmpty() && !done.wait(10000)) || !reading->succeeded())
        return QStringLiteral("(no answer)");
    return reading->value();
}

// Every file under `dir` (hidden ones too) that contains `needle`.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace SecretProbe
