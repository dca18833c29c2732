// SPDX-License-Identifier: MIT
#include "diffcommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "common/paths.h"
#include "diff/versioncomparison.h"
#include "sessionidresolver.h"
#include "store/database.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int DiffCommand::run(const CliArguments &arguments, CliOutput *output)
{
    if (!QFileInfo::exists(Paths::databaseFile())) {
        output->error(QCoreApplication::translate("DiffCommand", "There is no session %1").arg(arguments.sessionId));
        return ExitCode::NotFound;
    }
    Database database;
    if (const SpawnError error = database.open(); error.isError()) {
        output->error(error.message);
        return ExitCode::Unavailable;
    }
    const SessionStore store(database);
    QString message;
    const QString id = SessionIdResolver::resolve(&store, arguments.sessionId, &message);
    if (id.isEmpty()) {
        output->error(message);
        return ExitCode::NotFound;
    }
    const VersionComparison comparison = VersionComparison::load(store, id, arguments.versions.value(0),
                                                                 arguments.versions.value(1));
    if (comparison.error().isError()) {
        output->error(comparison.error().message);
        return ExitCode::NotFound;
    }
    if (output->isJson()) {
        QJsonObject object = comparison.diff().toJson();
        object.insert(QStringLiteral("sessionId"), id);
        object.insert(QStringLiteral("from"), comparison.from());
        object.insert(QStringLiteral("to"), comparison.to());
        output->object(object);
        return ExitCode::Ok;
    }
    const QByteArray text = arguments.stat ? comparison.diff().stat().toUtf8() : comparison.diff().unified();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return ExitCode::Ok;
}
