// SPDX-License-Identifier: MIT
// Helper of test_changefeed and bench_changefeed: another process writing to
// the history in the data directory given as the first argument. Writes
// `sessions` sessions, each walked to ready with `steps` timeline steps, and
// prints each session's id once it is written. With "--wait", it first waits
// for a line on stdin, so the reader can start listening before it writes;
// with "--interval MS", it waits MS between writes (a benchmark's pace).
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    Paths::setDataDirOverride(args.at(1));
    const int sessions = args.at(2).toInt();
    const int steps = args.at(3).toInt();
    if (args.contains(QStringLiteral("--wait"))) {
        QTextStream in(stdin);
        in.readLine();
    }
    const qsizetype intervalAt = args.indexOf(QStringLiteral("--interval"));
    const int interval = intervalAt > 0 && intervalAt + 1 < args.size() ? args.at(intervalAt + 1).toInt() : 0;
    // A helper process with nothing else to do: it may simply sleep.
    const auto pace = [interval] {
        if (interval > 0)
            QThread::msleep(interval);
    };
    Database database;
    if (database.open().isError())
        return 3;
    SessionStore store(database);
    for (int i = 0; i < sessions; ++i) {
        Session session;
        session.prompt = u"written by process " + QString::number(QCoreApplication::applicationPid());
        if (store.createSession(session).isError())
            return 4;
        for (int step = 0; step < steps; ++step) {
            if (store.appendEvent(session.id, EventKind::Step, u"step " + QString::number(step)).isError())
                return 5;
            pace();
        }
        for (SessionStatus status : pathTo(SessionStatus::Ready)) {
            if (store.transition(session.id, status, {}).isError())
                return 6;
            pace();
        }
        std::printf("%s\n", qPrintable(session.id));
        std::fflush(stdout);
    }
    return 0;
}
