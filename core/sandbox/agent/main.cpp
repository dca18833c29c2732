// SPDX-License-Identifier: MIT
#include "agentserver.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AgentServer server;
    if (!server.start())
        return 2;
    return app.exec();
}
