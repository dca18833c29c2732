// SPDX-License-Identifier: MIT
#include "servecommand.h"

#include "api/apihost.h"
#include "api/apiinfo.h"
#include "api/apitoken.h"
#include "appcontext.h"
#include "clioutput.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "settings/appsettings.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QJsonObject>

ServeCommand::ServeCommand(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_arguments(arguments)
    , m_output(output)
{
}

ServeCommand::~ServeCommand() = default;

bool ServeCommand::addresses(const CliArguments &arguments, QList<QHostAddress> *out, QString *message, bool *remote)
{
    *remote = false;
    if (arguments.bind.isEmpty() || arguments.bind == u"localhost") {
        *out = ApiHost::Options().addresses;
        return true;
    }
    const QHostAddress address(arguments.bind);
    if (address.isNull()) {
        *message = tr("--bind needs an IP address, not \"%1\"").arg(arguments.bind);
        return false;
    }
    if (!address.isLoopback()) {
        if (!arguments.allowRemote) {
            *message = tr("--bind %1 would let other machines reach SpawnAI's API; add --allow-remote if that is "
                          "what you want")
                           .arg(arguments.bind);
            return false;
        }
        *remote = true;
    }
    *out = {address};
    return true;
}

int ServeCommand::start()
{
    ApiHost::Options options;
    QString message;
    bool remote = false;
    if (!addresses(m_arguments, &options.addresses, &message, &remote)) {
        m_output->error(message);
        return ExitCode::Usage;
    }
    if (remote) {
        m_output->warning(tr("The API listens on %1, which other machines may reach: anyone with the token can run "
                             "apps on this computer, and the connection is not encrypted")
                              .arg(m_arguments.bind));
    }
    options.port = quint16(m_arguments.port);
    options.allowedOrigins = m_context->settings()->apiAllowedOrigins();
    m_host = new ApiHost(Paths::dataDir(), m_context->apiSources(), m_context->secrets(), this);
    auto *watcher = new UnixSignalWatcher(this);
    connect(watcher, &UnixSignalWatcher::terminationRequested, this, [this] {
        m_host->stop();
        QCoreApplication::exit(ExitCode::Ok);
    });
    PendingOperation *starting = m_host->start(options);
    connect(starting, &AsyncOperation::finished, this, [this, starting] {
        if (!starting->succeeded()) {
            m_output->error(starting->error().message);
            QCoreApplication::exit(starting->error().kind == ErrorKind::User ? ExitCode::Unavailable
                                                                              : ExitCode::SessionFailed);
            return;
        }
        const QString url = m_host->url().toString();
        if (m_output->isJson()) {
            m_output->object({{QStringLiteral("event"), QStringLiteral("serving")},
                              {QStringLiteral("url"), url},
                              {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                              {QStringLiteral("apiInfo"), ApiInfo::filePath(Paths::dataDir())},
                              {QStringLiteral("tokenFile"), ApiToken::filePath(Paths::dataDir())}});
        } else {
            m_output->line(tr("SpawnAI serves its API at %1 until Ctrl-C (the token: spawnai token)").arg(url));
        }
    });
    return -1;
}
