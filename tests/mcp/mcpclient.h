// SPDX-License-Identifier: MIT
#pragma once

// The real `spawnai mcp` (SPAWNAI_BINARY) driven over its pipes, one JSON-RPC
// message per line, as an MCP client does.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QElapsedTimer>

#include <functional>

class McpClient final
{
public:
    explicit McpClient(const QString &dataDir)
    {
        m_process.setProgram(QStringLiteral(SPAWNAI_BINARY));
        m_process.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("mcp")});
        m_process.start();
        m_process.waitForStarted();
    }
    ~McpClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    Q_DISABLE_COPY_MOVE(McpClient)

    QProcess &process() { return m_process; }

    void sendRaw(const QByteArray &line) { m_process.write(line + '\n'); }
    void send(const QJsonObject &message) { sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact)); }
    void request(int id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            message.insert(QStringLiteral("params"), params);
        send(message);
    }
    void notify(const QString &method, const QJsonObject &params = {})
    {
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
              {QStringLiteral("method"), method},
              {QStringLiteral("params"), params}});
    }

    // Every message the server wrote so far (and, with `timeoutMs`, until one matches).
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            for (const QJsonObject &message : std::as_const(m_messages)) {
                if (matches(message))
                    return message;
            }
            if (timer.elapsed() >= timeoutMs || m_process.state() == QProcess::NotRunning)
                return {};
            QSignalSpy ready(&m_process, &QProcess::readyReadStandardOutput);
            // Never 0 or less: QSignalSpy::wait(-1) would wait for ever.
            const int left = int(std::max<qint64>(1, timeoutMs - timer.elapsed()));
            if (!m_process.canReadLine() && !ready.wait(left))
                continue;
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                const QJsonDocument document = QJsonDocument::fromJson(line);
                if (document.isArray()) {
                    for (const QJsonValue &value : document.array())
                        m_messages << value.toObject();
                } else {
                    m_notJson += document.isObject() ? QByteArray() : line;
                    m_messages << document.object();
                }
            }
        }
    }
    QJsonObject response(int id, int timeoutMs = 15000)
    {
        return waitFor([id](const QJsonObject &m) { return m.value(u"id") == QJsonValue(id); }, timeoutMs);
    }
    QJsonObject call(int id, const QString &tool, const QJsonObject &arguments, const QJsonObject &meta = {})
    {
        QJsonObject params{{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}};
        if (!meta.isEmpty())
            params.insert(QStringLiteral("_meta"), meta);
        request(id, QStringLiteral("tools/call"), params);
        return response(id, 30000).value(u"result").toObject();
    }
    QJsonObject initialize(const QString &version = QStringLiteral("2025-11-25"))
    {
        request(0, QStringLiteral("initialize"),
                {{QStringLiteral("protocolVersion"), version},
                 {QStringLiteral("capabilities"), QJsonObject{}},
                 {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("test_mcp")},
                                                            {QStringLiteral("version"), QStringLiteral("1")}}}});
        const QJsonObject result = response(0).value(u"result").toObject();
        notify(QStringLiteral("notifications/initialized"));
        return result;
    }
    QList<QJsonObject> messages() const { return m_messages; }
    QByteArray notJson() const { return m_notJson; }

private:
    QProcess m_process;
    QList<QJsonObject> m_messages;
    QByteArray m_notJson;
};
