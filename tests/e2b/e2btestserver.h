// SPDX-License-Identifier: MIT
#pragma once

// Canned E2B answers for the scripted FakeLlmServer (tests/llm): the control
// plane's JSON, envd's Connect stream frames and the proxy's error bodies,
// byte for byte as E2B sends them.

#include "fakellmserver.h"
#include "sandbox/e2b/connectenvelope.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/sandboxledger.h"
#include "sandbox/memorysandboxledger.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace E2bTest {

inline const QString ApiKey = QStringLiteral("e2b_00112233445566778899aabbccdd");
inline const QString AccessToken = QStringLiteral("envd-token-secret-1234");

inline E2bConfig config(const FakeLlmServer &server)
{
    E2bConfig config;
    config.apiKey = ApiKey;
    config.apiUrl = server.url();
    config.sandboxUrl = server.url();
    config.installId = QStringLiteral("inst-1");
    config.retry.timeScale = 0.01;
    config.retry.jitter = false;
    return config;
}

inline FakeLlmServer::Response created(const QString &id, const QByteArray &extra = {})
{
    return FakeLlmServer::json(201,
                               R"({"templateID":"rki5dems9wqfm4r03t7g","sandboxID":")" + id.toUtf8()
                                   + R"(","alias":"base","clientID":"6532622b","envdVersion":"0.6.13","envdAccessToken":")"
                                   + AccessToken.toUtf8() + R"(","trafficAccessToken":null,"domain":null)" + extra + "}");
}

inline FakeLlmServer::Response info(const QString &id, const QDateTime &startedAt, const QDateTime &endAt)
{
    const QJsonObject body{
        {QStringLiteral("templateID"), QStringLiteral("rki5dems9wqfm4r03t7g")},
        {QStringLiteral("sandboxID"), id},
        {QStringLiteral("clientID"), QStringLiteral("6532622b")},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endAt"), endAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("cpuCount"), 2},
        {QStringLiteral("memoryMB"), 512},
        {QStringLiteral("diskSizeMB"), 10240},
        {QStringLiteral("state"), QStringLiteral("running")},
        {QStringLiteral("envdVersion"), QStringLiteral("0.6.13")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("app"), QStringLiteral("spawnai")}}},
    };
    return FakeLlmServer::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

inline FakeLlmServer::Response noContent()
{
    FakeLlmServer::Response response = FakeLlmServer::json(204, {});
    response.head.replace("Status", "No Content");
    return response;
}

inline FakeLlmServer::Response error(int status, const QByteArray &message, const QByteArray &extra = {})
{
    return FakeLlmServer::json(status, R"({"code":)" + QByteArray::number(status) + R"(,"message":")" + message + "\"}",
                               extra);
}

inline QByteArray frame(const QByteArray &json)
{
    return ConnectEnvelope::encode(json);
}

inline QByteArray endStream(const QByteArray &json = "{}")
{
    return ConnectEnvelope::encode(json, ConnectEnvelope::EndStream);
}

// A Connect stream: each piece one chunk, however the frames fall into them.
inline FakeLlmServer::Response stream(const QList<QByteArray> &pieces,
                                      FakeLlmServer::Ending ending = FakeLlmServer::Ending::Complete)
{
    FakeLlmServer::Response response;
    response.head = "HTTP/1.1 200 OK\r\nContent-Type: application/connect+json\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n";
    response.pieces = pieces;
    response.ending = ending;
    return response;
}

// A ledger that can look at the server when create is journaled.
class WatchedLedger final : public SandboxLedger
{
public:
    MemorySandboxLedger memory;
    std::function<void(const Entry &)> onCreated;

    SpawnError recordCreated(const Entry &entry) override
    {
        if (onCreated)
            onCreated(entry);
        return memory.recordCreated(entry);
    }
    SpawnError recordExpiry(const QString &id, const QDateTime &at) override { return memory.recordExpiry(id, at); }
    SpawnError recordAllocation(const QString &id, const QDateTime &startedAt, int cpus, int memoryMB) override
    {
        return memory.recordAllocation(id, startedAt, cpus, memoryMB);
    }
    SpawnError recordKept(const QString &id) override { return memory.recordKept(id); }
    SpawnError recordPaused(const QString &id, const QDateTime &until) override { return memory.recordPaused(id, until); }
    SpawnError recordKillRequested(const QString &id) override { return memory.recordKillRequested(id); }
    SpawnError recordKilled(const QString &id) override { return memory.recordKilled(id); }
    QList<Entry> openEntries(const QString &kind) const override { return memory.openEntries(kind); }

    std::optional<Entry> entry(const QString &id) const override { return memory.entry(id); }
};

} // namespace E2bTest
