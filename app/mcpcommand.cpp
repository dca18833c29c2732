// SPDX-License-Identifier: MIT
#include "mcpcommand.h"

#include "cliarguments.h"
#include "common/paths.h"
#include "mcp/apiclient.h"
#include "mcp/hostlocator.h"
#include "mcp/mcpserver.h"
#include "mcp/mcptools.h"
#include "mcp/stdiochannel.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
// The stops a cancelled spawn sends to a local host take milliseconds;
// an unreachable host must not keep the client waiting for our exit.
constexpr std::chrono::seconds ExitGrace{10};
}

int McpCommand::run(QCoreApplication &app)
{
    ApiClient client;
    HostLocator locator(Paths::dataDir(), &client);
    McpTools tools(&client, &locator);
    McpServer server(&tools);
    StdioChannel channel;
    QObject::connect(&channel, &StdioChannel::lineReceived, &server, &McpServer::handleLine);
    QObject::connect(&server, &McpServer::message, &channel, &StdioChannel::writeLine);

    QTimer grace;
    grace.setSingleShot(true);
    QObject::connect(&grace, &QTimer::timeout, &app, &QCoreApplication::quit);
    const auto finish = [&server, &client, &grace, &app] {
        if (grace.isActive())
            return;
        server.cancelAll();
        if (client.pendingRequests() == 0) {
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        QObject::connect(&client, &ApiClient::idle, &app, &QCoreApplication::quit);
        grace.start(ExitGrace);
    };
    QObject::connect(&channel, &StdioChannel::inputClosed, &app, finish);
    QObject::connect(&channel, &StdioChannel::outputClosed, &app, finish);
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, finish);
    app.exec();
    return ExitCode::Ok;
}
