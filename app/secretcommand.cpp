// SPDX-License-Identifier: MIT
#include "secretcommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "secrets/appenvironmentwrite.h"
#include "secrets/keychainsecretstore.h"

#include <QFile>

int SecretCommand::run(QCoreApplication &app, const CliArguments &arguments, CliOutput *output)
{
    const QString &name = arguments.secretName;
    const bool set = arguments.sessionId == u"set";
    AppEnvironment::Values values;
    if (set) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            output->error(tr("Cannot read standard input"));
            return ExitCode::Unavailable;
        }
        // One line; the end of line is not part of the value.
        QString value = QString::fromUtf8(input.readLine(AppEnvironment::MaxValueBytes + 2));
        while (value.endsWith(u'\n') || value.endsWith(u'\r'))
            value.chop(1);
        values.insert(name, value);
    }
    const SpawnError refused = set ? AppEnvironment::check(values) : AppEnvironment::check({{name, QStringLiteral("x")}});
    if (refused.isError()) {
        output->error(refused.message);
        return ExitCode::Usage;
    }
    KeychainSecretStore keychain;
    AppEnvironmentWrite write(&keychain, {}, values, set ? QStringList() : QStringList{name});
    int exitCode = ExitCode::Ok;
    QObject::connect(&write, &AsyncOperation::finished, &app, [&write, &exitCode, &app, output, name, set] {
        if (!write.succeeded()) {
            output->error(write.error().message);
            exitCode = ExitCode::Unavailable;
        } else {
            output->line(set ? tr("%1 is saved in the keychain for spawn --env-from-keychain %1").arg(name)
                             : tr("%1 is removed from the keychain").arg(name));
        }
        app.quit();
    });
    write.start();
    app.exec();
    return exitCode;
}
