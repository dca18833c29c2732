// SPDX-License-Identifier: MIT
#include "sandboxfolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <csignal>

namespace {
Q_LOGGING_CATEGORY(lcFolder, "spawnai.sandbox.folder", QtInfoMsg)

const QString OwnerFile = QStringLiteral("owner");
constexpr qint64 UnclaimedGraceSeconds = 60;

bool isRunning(qint64 pid)
{
    return pid > 0 && (pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

namespace SandboxFolder {

bool claim(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("SandboxFolder", "cannot create %1").arg(dir);
        return false;
    }
    QFile owner(dir + u'/' + OwnerFile);
    if (!owner.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || owner.write(QByteArray::number(QCoreApplication::applicationPid())) < 0 || !owner.flush()) {
        *error = owner.errorString();
        return false;
    }
    return true;
}

void removeStale(const QString &sandboxesDir)
{
    if (sandboxesDir.isEmpty())
        return;  // never the current directory
    const QDir parent(sandboxesDir);
    const QDateTime graceStart = QDateTime::currentDateTimeUtc().addSecs(-UnclaimedGraceSeconds);
    for (const QFileInfo &entry : parent.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // Only what LocalSandbox names ("local-<16 hex digits>").
        if (!entry.fileName().startsWith(u"local-"))
            continue;
        QFile owner(entry.absoluteFilePath() + u'/' + OwnerFile);
        if (owner.open(QIODevice::ReadOnly)) {
            if (isRunning(owner.readAll().trimmed().toLongLong()))
                continue;
        } else if (entry.lastModified().toUTC() > graceStart) {
            continue;
        }
        qCInfo(lcFolder) << "removing the folder of a sandbox whose SpawnAI ended:" << entry.fileName();
        QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

} // namespace SandboxFolder
