// SPDX-License-Identifier: MIT
// fake-e2b-server: FakeE2bServer in its own process, so a test can SIGKILL
// the app under test and start it again while the "cloud" keeps its
// sandboxes. Prints the port on its first line, then one line per sandbox
// created, killed or expired. Observe and inject faults through /_fake/
// (docs/e2b-test-server.md). Local sandboxes end with this process.
#include "common/paths.h"
#include "fakee2bserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An E2B-compatible server backed by local sandboxes, for tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: ephemeral)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("The accepted X-API-Key."), QStringLiteral("key"));
    const QCommandLineOption maxLifetime(QStringLiteral("max-lifetime"), QStringLiteral("Plan maximum in seconds (default 3600)."),
                                         QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Concurrent sandboxes before 429 (default: no limit)."),
                                         QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption cpuCount(QStringLiteral("cpu-count"), QStringLiteral("vCPUs every sandbox reports (default 2)."),
                                      QStringLiteral("count"), QStringLiteral("2"));
    const QCommandLineOption memoryMb(QStringLiteral("memory-mb"), QStringLiteral("MiB every sandbox reports (default 512)."),
                                      QStringLiteral("MiB"), QStringLiteral("512"));
    parser.addOptions({port, apiKey, maxLifetime, concurrency, cpuCount, memoryMb});
    parser.process(app);

    // Local sandboxes keep their state here, never in the user's data folder.
    QTemporaryDir dataDir;
    Paths::setDataDirOverride(dataDir.path());

    FakeE2bServer::Options options;
    options.port = quint16(parser.value(port).toUInt());
    if (parser.isSet(apiKey))
        options.apiKey = parser.value(apiKey).toUtf8();
    options.maxLifetime = std::chrono::seconds(parser.value(maxLifetime).toLongLong());
    options.concurrencyLimit = parser.value(concurrency).toInt();
    options.cpuCount = std::max(1, parser.value(cpuCount).toInt());
    options.memoryMB = std::max<qint64>(1, parser.value(memoryMb).toLongLong());
    FakeE2bServer server(options);
    if (!server.isListening()) {
        std::fputs("fake-e2b-server: cannot listen\n", stderr);
        return 1;
    }
    QObject::connect(&server, &FakeE2bServer::sandboxCreated, &app, [](const QString &id) { printLine(u"created " + id); });
    QObject::connect(&server, &FakeE2bServer::sandboxKilled, &app, [](const QString &id) { printLine(u"killed " + id); });
    QObject::connect(&server, &FakeE2bServer::sandboxExpired, &app, [](const QString &id) { printLine(u"expired " + id); });
    printLine(QString::number(server.port()));
    return app.exec();
}
