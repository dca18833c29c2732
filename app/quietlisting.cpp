// SPDX-License-Identifier: MIT
#include "quietlisting.h"

#include "cliarguments.h"
#include "common/paths.h"
#include "deploy/templatelibrary.h"
#include "store/database.h"
#include "store/sessionquery.h"
#include "store/sessionstore.h"

#include <QFileInfo>

#include <cstdio>

namespace {
void print(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
}
} // namespace

int QuietListing::ids(int limit)
{
    if (!QFileInfo::exists(Paths::databaseFile()))
        return ExitCode::Ok;
    Database database;
    if (database.open().isError())
        return ExitCode::Unavailable;
    const SessionStore store(database);
    SessionQuery query;
    query.limit = limit;
    for (const Session &session : store.sessions(query))
        print(session.id);
    return ExitCode::Ok;
}

int QuietListing::templates()
{
    for (const QString &name : TemplateLibrary().availableTemplates())
        print(name);
    return ExitCode::Ok;
}
