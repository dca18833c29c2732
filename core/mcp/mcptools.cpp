// SPDX-License-Identifier: MIT
#include "mcptools.h"

#include "apiclient.h"
#include "apireply.h"
#include "jsonschemacheck.h"
#include "resttoolcall.h"
#include "sessionruncall.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("McpTools", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR McpTools */

// MCP wants `type: object` at a schema's top: a top-level $ref is inlined,
// and a schema that refers to shared definitions carries them.
QJsonObject resolved(const QJsonObject &schema, const QJsonObject &defs)
{
    QJsonObject out = schema;
    if (const QString ref = schema.value(u"$ref").toString(); ref.startsWith(u"#/$defs/"))
        out = defs.value(ref.mid(8)).toObject();
    if (QJsonDocument(out).toJson().contains("\"$ref\""))
        out.insert(QStringLiteral("$defs"), defs);
    return out;
}

QString sessionId(const QJsonObject &arguments)
{
    return arguments.value(u"sessionId").toString().trimmed();
}
} // namespace

McpTools::McpTools(ApiClient *client, HostLocator *locator)
    : m_client(client)
    , m_locator(locator)
{
    QFile file(QStringLiteral(":/mcp/tools.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the MCP tool definitions are missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject defs = root.value(u"$defs").toObject();
    for (const QJsonValue &value : root.value(u"tools").toArray()) {
        QJsonObject tool = value.toObject();
        tool.insert(QStringLiteral("inputSchema"), resolved(tool.value(u"inputSchema").toObject(), defs));
        tool.insert(QStringLiteral("outputSchema"), resolved(tool.value(u"outputSchema").toObject(), defs));
        m_tools.insert(tool.value(u"name").toString(), tool);
    }
}

QJsonArray McpTools::definitions(const QString &protocolVersion) const
{
    const bool structured = protocolVersion >= u"2025-06-18";
    QJsonArray tools;
    for (const QJsonValue &value : m_tools) {
        QJsonObject tool = value.toObject();
        if (!structured) {
            tool.remove(QStringLiteral("title"));
            tool.remove(QStringLiteral("outputSchema"));
        }
        tools.append(tool);
    }
    return tools;
}

QString McpTools::checkArguments(const QString &name, const QJsonObject &arguments) const
{
    const QJsonObject schema = m_tools.value(name).toObject().value(u"inputSchema").toObject();
    if (QString problem = JsonSchemaCheck::firstProblem(schema, arguments); !problem.isEmpty())
        return problem;
    if (name == u"spawn_app") {
        const int sources = int(arguments.contains(u"prompt")) + int(arguments.contains(u"template"))
            + int(arguments.contains(u"files"));
        if (sources != 1)
            return tr("spawn_app needs exactly one of \"prompt\", \"template\" or \"files\" (with \"manifest\")");
        if (arguments.contains(u"files") != arguments.contains(u"manifest"))
            return tr("\"files\" and \"manifest\" go together");
    }
    return {};
}

McpToolCall *McpTools::create(const QString &name, const QJsonObject &arguments) const
{
    const QString id = sessionId(arguments);
    if (name == u"spawn_app")
        return createSpawn(arguments);
    if (name == u"change_app")
        return SessionRunCall::change(m_client, m_locator, id, arguments.value(u"text").toString(),
                                      arguments.value(u"wait").toBool(true));
    RestToolCall::Request request;
    RestToolCall::Answer answer = &RestToolCall::asIs;
    if (name == u"list_sessions") {
        QUrlQuery filters;
        for (const char16_t *key : {u"status", u"type", u"sandbox", u"q", u"cursor"}) {
            if (const QString value = arguments.value(QStringView(key)).toString(); !value.isEmpty())
                filters.addQueryItem(QString::fromUtf16(key), value);
        }
        if (arguments.contains(u"limit"))
            filters.addQueryItem(QStringLiteral("limit"), QString::number(arguments.value(u"limit").toInt()));
        request = [filters](ApiClient *client) { return client->listSessions(filters); };
    } else if (name == u"get_session") {
        request = [id](ApiClient *client) { return client->session(id); };
    } else if (name == u"stop_session") {
        request = [id](ApiClient *client) { return client->stopSession(id); };
    } else if (name == u"get_costs") {
        QUrlQuery period;
        for (const char16_t *key : {u"since", u"until"}) {
            if (const QString value = arguments.value(QStringView(key)).toString(); !value.isEmpty())
                period.addQueryItem(QString::fromUtf16(key), value);
        }
        request = [period](ApiClient *client) { return client->costs(period); };
    } else if (name == u"get_logs") {
        const int tail = arguments.value(u"tail").toInt(100);
        request = [id, tail](ApiClient *client) { return client->log(id, tail); };
        answer = [id](const ApiReply &reply, QJsonObject *structured, QString *text) {
            *text = QString::fromUtf8(reply.body());
            *structured = {{QStringLiteral("sessionId"), id},
                           {QStringLiteral("lines"), int(text->count(u'\n'))},
                           {QStringLiteral("log"), *text}};
        };
    } else {
        return nullptr;
    }
    return new RestToolCall(m_client, m_locator, std::move(request), std::move(answer));
}

McpToolCall *McpTools::createSpawn(const QJsonObject &arguments) const
{
    // The tool's arguments are the REST body's fields, but for `wait`.
    QJsonObject body = arguments;
    body.remove(QStringLiteral("wait"));
    return SessionRunCall::spawn(m_client, m_locator, body, arguments.value(u"wait").toBool(true));
}
