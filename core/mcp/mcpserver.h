// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

class McpToolCall;
class McpTools;

// The Model Context Protocol over one JSON-RPC 2.0 connection, one message
// per line: the lifecycle with version negotiation (2025-11-25, 2025-06-18,
// 2025-03-26), ping, tools/list, tools/call with progress and cancellation.
// It knows no transport: lines come in through handleLine() and go out
// through message().
class McpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServer)

public:
    static const QStringList SupportedVersions;  // newest first

    explicit McpServer(McpTools *tools, QObject *parent = nullptr);
    ~McpServer() override;

    void handleLine(const QByteArray &line);
    // The client went away: every call still running is cancelled (a
    // spawn_app's session is stopped) without an answer.
    void cancelAll();
    int callsInFlight() const { return int(m_calls.size()); }
    QString protocolVersion() const { return m_version; }

signals:
    // One JSON-RPC message to send, without its newline.
    void message(const QByteArray &json);

private:
    void handleMessage(const QJsonValue &value, bool inBatch);
    void handleRequest(const QJsonValue &id, const QString &method, const QJsonObject &params);
    void handleNotification(const QString &method, const QJsonObject &params);
    QJsonObject initialize(const QJsonValue &id, const QJsonObject &params);
    void callTool(const QJsonValue &id, const QJsonObject &params);
    void onCallFinished(const QJsonValue &id, McpToolCall *call);
    QJsonObject toolResult(const QString &text, const QJsonObject &structured, bool isError) const;

    void send(const QJsonObject &object);
    void respond(const QJsonValue &id, const QJsonObject &result);
    void respondError(const QJsonValue &id, int code, const QString &message);

    McpTools *m_tools;
    QString m_version;  // empty until initialize
    QHash<QString, QPointer<McpToolCall>> m_calls;  // by request id
};
