// SPDX-License-Identifier: MIT
#include "installid.h"

#include "paths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace InstallId {

QString get()
{
    const QString file = QDir(Paths::dataDir()).filePath(QStringLiteral("install-id"));
    static const QRegularExpression Valid(QStringLiteral("^[0-9a-f]{32}$"));
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(existing.read(64)).trimmed();
        if (Valid.match(id).hasMatch())
            return id;
    }
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly))
        return {};
    save.write(id.toLatin1() + '\n');
    return save.commit() ? id : QString();
}

} // namespace InstallId
