// SPDX-License-Identifier: MIT
// Helper of test_crashreconcile: writes sessions into the history in the data
// directory given as argument, prints "<status> <id>" per session, then kills
// itself without closing anything, the way a crash or a power cut would end
// SpawnAI.
#include "storetestsupport.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    Paths::setDataDirOverride(app.arguments().at(1));
    auto *database = new Database;  // never closed, on purpose
    if (database->open().isError())
        return 3;
    auto *store = new SessionStore(*database);
    for (int i = 0; i <= int(SessionStatus::Cancelled); ++i) {
        const auto status = SessionStatus(i);
        const QString id = sessionIn(*store, status);
        if (id.isEmpty())
            return 4;
        if (store->saveAppVersion(id, QStringLiteral("{}"),
                                  {{QStringLiteral("index.js"), QByteArray("app()"), false}}, {})
            != 1)
            return 5;
        if (!isTerminal(status)
            && store->setAppUrl(id, QUrl(QStringLiteral("http://127.0.0.1:4000/"))).isError())
            return 6;
        std::printf("%s %s\n", qPrintable(sessionStatusToString(status)), qPrintable(id));
    }
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 0;
}
