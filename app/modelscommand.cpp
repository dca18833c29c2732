// SPDX-License-Identifier: MIT
#include "modelscommand.h"

#include "clioutput.h"
#include "llm/llmerrors.h"
#include "llm/localserverscan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {
QString kindKey(LocalServerKind kind)
{
    switch (kind) {
    case LocalServerKind::Ollama:
        return QStringLiteral("ollama");
    case LocalServerKind::LmStudio:
        return QStringLiteral("lmstudio");
    case LocalServerKind::LlamaCpp:
        return QStringLiteral("llamacpp");
    case LocalServerKind::Unknown:
    case LocalServerKind::Other:
        break;
    }
    return QStringLiteral("other");
}
}

ModelsCommand::ModelsCommand(const CliArguments &arguments, CliOutput *output)
    : m_arguments(arguments)
    , m_output(output)
{
}

int ModelsCommand::run(QCoreApplication &app)
{
    LocalServerScan scan(nullptr, LocalServerScan::targetsFromEnvironment());
    QObject::connect(&scan, &AsyncOperation::finished, &app, &QCoreApplication::quit);
    app.exec();
    for (const LocalServerInfo &server : scan.servers()) {
        if (m_output->isJson())
            printJson(server);
        else
            print(server);
    }
    if (scan.foundServers().isEmpty()) {
        if (!m_output->isJson())
            m_output->line(LocalServerScan::noServerHelp());
        return ExitCode::Unavailable;
    }
    return ExitCode::Ok;
}

void ModelsCommand::print(const LocalServerInfo &server)
{
    const QString name = LocalServerInfo::kindName(server.kind);
    const QString address = server.root.toString();
    if (!server.found) {
        m_output->line(tr("%1 at %2: not running").arg(name, address));
        return;
    }
    m_output->line(server.version.isEmpty() ? tr("%1 at %2").arg(name, address)
                                            : tr("%1 %2 at %3").arg(name, server.version, address));
    if (server.models.isEmpty())
        m_output->line(tr("  no models yet"));
    const QLocale locale;
    for (const LocalModel &model : server.models) {
        QStringList facts;
        if (model.sizeBytes > 0)
            facts << locale.formattedDataSize(model.sizeBytes, 1, QLocale::DataSizeSIFormat);
        if (model.loadedContext > 0 && model.loadedContext != model.contextLength)
            facts << tr("%1 context loaded (of %2)").arg(LlmErrors::tokenCount(model.loadedContext),
                                                         model.contextLength > 0 ? LlmErrors::tokenCount(model.contextLength) : tr("?"));
        else if (model.usableContext() > 0)
            facts << tr("%1 context").arg(LlmErrors::tokenCount(model.usableContext()));
        if (model.tooSmallForApps())
            facts << tr("too small for apps");
        m_output->line(QStringLiteral("  %1  %2").arg(model.name, -32).arg(facts.join(QStringLiteral(", "))));
    }
}

void ModelsCommand::printJson(const LocalServerInfo &server)
{
    QJsonArray models;
    for (const LocalModel &model : server.models) {
        models.append(QJsonObject{
            {QStringLiteral("name"), model.name},
            {QStringLiteral("size"), model.sizeBytes},
            {QStringLiteral("contextLength"), model.contextLength},
            {QStringLiteral("loadedContext"), model.loadedContext},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(model.capabilities)},
            {QStringLiteral("tooSmallForApps"), model.tooSmallForApps()},
        });
    }
    QJsonObject object{
        {QStringLiteral("event"), QStringLiteral("localServer")},
        {QStringLiteral("kind"), kindKey(server.kind)},
        {QStringLiteral("url"), server.root.toString()},
        {QStringLiteral("found"), server.found},
        {QStringLiteral("models"), models},
    };
    if (!server.version.isEmpty())
        object.insert(QStringLiteral("version"), server.version);
    if (!server.found)
        object.insert(QStringLiteral("error"), server.error.message);
    m_output->object(object);
}
