// SPDX-License-Identifier: MIT
#include "cachearchive.h"

#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CacheArchive", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR CacheArchive */

CommandSpec tarCommand(const QStringList &arguments, const QString &folder)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("tar")} + arguments;
    spec.workingDirectory = folder;
    spec.timeout = std::chrono::minutes(2);
    return spec;
}
} // namespace

bool CacheArchive::isValidKey(const QString &key)
{
    if (key.size() < 16 || key.size() > 128)
        return false;
    for (const QChar c : key) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

PendingOperation *CacheArchive::save(Sandbox *sandbox, const QString &cacheDir, const QString &key, const QString &path)
{
    if (!isValidKey(key))
        return PendingOperation::finishedLater(sandbox, SpawnError::system(tr("Invalid cache key")));
    auto file = std::make_shared<QSaveFile>(cacheDir + u'/' + key + u".tar");
    if (!file->open(QIODevice::WriteOnly))
        return PendingOperation::finishedLater(sandbox, SpawnError::system(tr("Cannot write the dependency cache")));
    const QFileInfo source(path);
    CommandRun *run = sandbox->start(tarCommand({QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-C"),
                                                 source.path(), source.fileName()},
                                                source.path()));
    auto *operation = new PendingOperation(sandbox);
    QObject::connect(run, &CommandRun::standardOutput, operation, [file](const QByteArray &data) { file->write(data); });
    QObject::connect(run, &CommandRun::finished, operation, [run, operation, file] {
        run->deleteLater();
        if (run->succeeded() && run->exitCode() == 0 && file->commit())
            operation->succeed();
        else
            operation->fail(SpawnError::system(tr("Cannot save the dependency cache")));
    });
    operation->setAbortHandler([run] { run->cancel(); });
    return operation;
}

PendingOperation *CacheArchive::restore(Sandbox *sandbox, const QString &cacheDir, const QString &key, const QString &path)
{
    if (!isValidKey(key))
        return PendingOperation::finishedLater(sandbox, SpawnError::system(tr("Invalid cache key")));
    if (!QFileInfo::exists(cacheDir + u'/' + key + u".tar"))
        return PendingOperation::finishedLater(sandbox, SpawnError::system(tr("No cached copy")));
    const QFileInfo target(path);
    CommandRun *run = sandbox->start(tarCommand({QStringLiteral("-xf"),
                                                 QLatin1String(MountPoint) + u'/' + key + u".tar",
                                                 QStringLiteral("-C"), target.path()},
                                                target.path()));
    auto *operation = new PendingOperation(sandbox);
    QObject::connect(run, &CommandRun::finished, operation, [run, operation] {
        run->deleteLater();
        if (run->succeeded() && run->exitCode() == 0)
            operation->succeed();
        else
            operation->fail(run->error().isError() ? run->error() : SpawnError::system(run->outputTail(5)));
    });
    operation->setAbortHandler([run] { run->cancel(); });
    return operation;
}
