// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

// Answers written the way a model writes them, kept as files so they can be
// read like one (tests/generation/fixtures).
inline QString generationFixture(const QString &name)
{
    QFile file(QStringLiteral(SPAWNAI_GENERATION_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}
