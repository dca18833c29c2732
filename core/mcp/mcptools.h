// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class ApiClient;
class HostLocator;
class McpToolCall;

// The MCP server's tools: their definitions (resources/mcp/tools.json, with
// the JSON Schemas of their arguments and results) and the calls that do
// them through the host's REST API.
class McpTools final
{
    Q_DISABLE_COPY_MOVE(McpTools)

public:
    McpTools(ApiClient *client, HostLocator *locator);

    // tools/list's `tools` for a protocol version: 2025-03-26 knows no
    // title or outputSchema.
    QJsonArray definitions(const QString &protocolVersion) const;
    bool contains(const QString &name) const { return m_tools.contains(name); }
    // A sentence naming what is wrong with `arguments`, or an empty string.
    QString checkArguments(const QString &name, const QJsonObject &arguments) const;
    // A new, not yet started call; the caller owns it.
    McpToolCall *create(const QString &name, const QJsonObject &arguments) const;

private:
    McpToolCall *createSpawn(const QJsonObject &arguments) const;

    ApiClient *m_client;
    HostLocator *m_locator;
    QJsonObject m_tools;  // name -> definition, schemas resolved
};
