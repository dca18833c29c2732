// SPDX-License-Identifier: MIT
#include "mcpserver.h"

#include "mcptoolcall.h"
#include "mcptools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#ifndef SPAWNAI_VERSION
#define SPAWNAI_VERSION "0.0.0"
#endif

namespace {
Q_LOGGING_CATEGORY(lcMcp, "spawnai.mcp")

// JSON-RPC 2.0's error codes.
constexpr int ParseError = -32700;
constexpr int InvalidRequest = -32600;
constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;

// JSON-RPC ids are strings or numbers (MCP: never null).
bool isValidId(const QJsonValue &id)
{
    return id.isString() || id.isDouble();
}

QString idKey(const QJsonValue &id)
{
    return id.isString() ? u"s:" + id.toString() : u"n:" + QString::number(id.toDouble(), 'g', 17);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

// Batches were in 2025-03-26 only; later versions removed them.
const QStringList McpServer::SupportedVersions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                               QStringLiteral("2025-03-26")};

McpServer::McpServer(McpTools *tools, QObject *parent)
    : QObject(parent)
    , m_tools(tools)
{
}

McpServer::~McpServer()
{
    cancelAll();
}

void McpServer::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        respondError(QJsonValue(QJsonValue::Null), ParseError, QStringLiteral("Parse error: %1").arg(error.errorString()));
        return;
    }
    if (document.isArray()) {
        const QJsonArray batch = document.array();
        if (m_version != u"2025-03-26" || batch.isEmpty()) {
            respondError(QJsonValue(QJsonValue::Null), InvalidRequest,
                         QStringLiteral("Invalid Request: JSON-RPC batches are not part of this protocol version"));
            return;
        }
        // Each answer goes on its own line as it is ready (a tool call may
        // take minutes); clients match answers by id.
        for (const QJsonValue &value : batch)
            handleMessage(value, true);
        return;
    }
    handleMessage(document.object(), false);
}

void McpServer::handleMessage(const QJsonValue &value, bool inBatch)
{
    const QJsonObject message = value.toObject();
    const QJsonValue id = message.value(u"id");
    const bool hasId = message.contains(u"id");
    if (!value.isObject() || message.value(u"jsonrpc").toString() != u"2.0" || (hasId && !isValidId(id))) {
        respondError(hasId && isValidId(id) ? id : QJsonValue(QJsonValue::Null), InvalidRequest,
                     QStringLiteral("Invalid Request"));
        return;
    }
    if (!message.contains(u"method")) {
        // A response to a request of ours: this server sends none.
        if (message.contains(u"result") || message.contains(u"error"))
            return;
        respondError(hasId ? id : QJsonValue(QJsonValue::Null), InvalidRequest,
                     QStringLiteral("Invalid Request: no method"));
        return;
    }
    const QJsonValue method = message.value(u"method");
    const QJsonValue params = message.value(u"params");
    if (!method.isString() || (!params.isUndefined() && !params.isObject())) {
        respondError(hasId ? id : QJsonValue(QJsonValue::Null), InvalidRequest,
                     QStringLiteral("Invalid Request: method must be a string and params an object"));
        return;
    }
    if (inBatch && method.toString() == u"initialize") {
        respondError(id, InvalidRequest, QStringLiteral("Invalid Request: initialize cannot be part of a batch"));
        return;
    }
    if (hasId)
        handleRequest(id, method.toString(), params.toObject());
    else
        handleNotification(method.toString(), params.toObject());
}

void McpServer::handleRequest(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    if (m_calls.contains(idKey(id))) {
        respondError(id, InvalidRequest, QStringLiteral("Invalid Request: id %1 is still in use").arg(idKey(id).mid(2)));
        return;
    }
    if (method == u"initialize") {
        if (!m_version.isEmpty()) {
            respondError(id, InvalidRequest, QStringLiteral("Invalid Request: already initialized"));
            return;
        }
        if (!params.value(u"protocolVersion").isString()) {
            respondError(id, InvalidParams, QStringLiteral("Invalid params: protocolVersion is missing"));
            return;
        }
        respond(id, initialize(id, params));
    } else if (method == u"ping") {
        respond(id, {});
    } else if (method == u"tools/list") {
        respond(id, {{QStringLiteral("tools"), m_tools->definitions(m_version.isEmpty() ? SupportedVersions.first()
                                                                                      : m_version)}});
    } else if (method == u"tools/call") {
        callTool(id, params);
    } else {
        respondError(id, MethodNotFound, QStringLiteral("Method not found: %1").arg(method));
    }
}

void McpServer::handleNotification(const QString &method, const QJsonObject &params)
{
    if (method == u"notifications/initialized")
        return;
    if (method == u"notifications/cancelled") {
        const QJsonValue requestId = params.value(u"requestId");
        McpToolCall *call = isValidId(requestId) ? m_calls.value(idKey(requestId)) : nullptr;
        // Unknown or finished requests are ignored, as the spec asks.
        if (!call)
            return;
        qCInfo(lcMcp) << "request" << idKey(requestId) << "cancelled:" << params.value(u"reason").toString();
        call->cancel();
        return;
    }
    qCDebug(lcMcp) << "ignored notification" << method;
}

QJsonObject McpServer::initialize(const QJsonValue &id, const QJsonObject &params)
{
    Q_UNUSED(id)
    const QString requested = params.value(u"protocolVersion").toString();
    // The client's version when we speak it; otherwise our newest, and the
    // client decides whether it can go on.
    m_version = SupportedVersions.contains(requested) ? requested : SupportedVersions.first();
    const QJsonObject client = params.value(u"clientInfo").toObject();
    qCInfo(lcMcp) << "client" << client.value(u"name").toString() << client.value(u"version").toString()
                  << "asked for" << requested << "- speaking" << m_version;
    QJsonObject serverInfo{{QStringLiteral("name"), QStringLiteral("spawnai")},
                           {QStringLiteral("version"), QStringLiteral(SPAWNAI_VERSION)}};
    if (m_version >= u"2025-06-18")
        serverInfo.insert(QStringLiteral("title"), QStringLiteral("SpawnAI"));
    return {{QStringLiteral("protocolVersion"), m_version},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject{}}}},
            {QStringLiteral("serverInfo"), serverInfo},
            {QStringLiteral("instructions"),
             QStringLiteral("SpawnAI builds and runs apps in sandboxes on this computer or on E2B. spawn_app returns "
                            "the running app's URL; change_app changes it; stop_session ends it. Apps cost model "
                            "tokens and sandbox time: get_costs tells what was spent.")}};
}

void McpServer::callTool(const QJsonValue &id, const QJsonObject &params)
{
    const QJsonValue name = params.value(u"name");
    const QJsonValue arguments = params.value(u"arguments");
    if (!name.isString()) {
        respondError(id, InvalidParams, QStringLiteral("Invalid params: name is missing"));
        return;
    }
    if (!m_tools->contains(name.toString())) {
        respondError(id, InvalidParams, QStringLiteral("Unknown tool: %1").arg(name.toString()));
        return;
    }
    if (!arguments.isUndefined() && !arguments.isObject()) {
        respondError(id, InvalidParams, QStringLiteral("Invalid params: arguments must be an object"));
        return;
    }
    // Wrong arguments are the model's to fix: a tool error, not a protocol one.
    if (const QString problem = m_tools->checkArguments(name.toString(), arguments.toObject()); !problem.isEmpty()) {
        respond(id, toolResult(problem, {}, true));
        return;
    }
    McpToolCall *call = m_tools->create(name.toString(), arguments.toObject());
    call->setParent(this);
    m_calls.insert(idKey(id), call);
    const QJsonValue token = params.value(u"_meta").toObject().value(u"progressToken");
    if (token.isString() || token.isDouble()) {
        auto step = std::make_shared<int>(0);
        connect(call, &McpToolCall::progress, this, [this, token, step](const QString &text) {
            send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                  {QStringLiteral("method"), QStringLiteral("notifications/progress")},
                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("progressToken"), token},
                                                         {QStringLiteral("progress"), ++*step},
                                                         {QStringLiteral("message"), text}}}});
        });
    }
    connect(call, &AsyncOperation::finished, this, [this, id, call] { onCallFinished(id, call); });
    call->start();
}

void McpServer::onCallFinished(const QJsonValue &id, McpToolCall *call)
{
    m_calls.remove(idKey(id));
    call->deleteLater();
    // A cancelled request gets no answer (the spec's SHOULD NOT).
    if (call->isCancelled())
        return;
    if (!call->succeeded()) {
        respond(id, toolResult(call->error().message, call->structuredContent(), true));
        return;
    }
    respond(id, toolResult(call->text(), call->structuredContent(), false));
}

QJsonObject McpServer::toolResult(const QString &text, const QJsonObject &structured, bool isError) const
{
    QJsonArray content;
    const auto addText = [&content](const QString &line) {
        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), line}});
    };
    addText(text);
    // The result as JSON text too, for clients that do not read
    // structuredContent (and all of 2025-03-26), as the spec recommends.
    if (!structured.isEmpty() && compact(structured) != text)
        addText(compact(structured));
    QJsonObject result{{QStringLiteral("content"), content}};
    // A tool with an output schema always answers success with a structured result.
    if ((!structured.isEmpty() || !isError) && m_version != u"2025-03-26")
        result.insert(QStringLiteral("structuredContent"), structured);
    if (isError)
        result.insert(QStringLiteral("isError"), true);
    return result;
}

void McpServer::cancelAll()
{
    const QList<QPointer<McpToolCall>> calls = m_calls.values();
    for (const QPointer<McpToolCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void McpServer::send(const QJsonObject &object)
{
    emit message(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void McpServer::respond(const QJsonValue &id, const QJsonObject &result)
{
    send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
          {QStringLiteral("result"), result}});
}

void McpServer::respondError(const QJsonValue &id, int code, const QString &message)
{
    send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
          {QStringLiteral("id"), id},
          {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}
