// SPDX-License-Identifier: MIT
#include "tokencommand.h"

#include "api/apitoken.h"
#include "api/apitokensetup.h"
#include "clioutput.h"
#include "common/paths.h"
#include "secrets/keychainsecretstore.h"

#include <QJsonObject>

TokenCommand::TokenCommand(const CliArguments &arguments, CliOutput *output)
    : m_arguments(arguments)
    , m_output(output)
{
}

int TokenCommand::run(QCoreApplication &app)
{
    KeychainSecretStore secrets;
    ApiTokenSetup setup(&secrets, Paths::dataDir(), m_arguments.rotate);
    QObject::connect(&setup, &AsyncOperation::finished, &app, &QCoreApplication::quit);
    setup.start();
    app.exec();
    if (!setup.succeeded()) {
        m_output->error(setup.error().message);
        return ExitCode::Unavailable;
    }
    if (m_output->isJson()) {
        m_output->object({{QStringLiteral("event"), QStringLiteral("token")},
                          {QStringLiteral("token"), QString::fromLatin1(setup.token())},
                          {QStringLiteral("file"), ApiToken::filePath(Paths::dataDir())}});
    } else {
        m_output->line(QString::fromLatin1(setup.token()));
    }
    return ExitCode::Ok;
}
