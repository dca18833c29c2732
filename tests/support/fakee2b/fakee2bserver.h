// SPDX-License-Identifier: MIT
#pragma once

#include "fakee2bfaults.h"
#include "httprequest.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class FakeE2bConnection;
class FakeE2bControlPlane;
class FakeE2bEnvd;
class FakeE2bRegistry;
class Sandbox;

// An E2B-compatible server on 127.0.0.1 for tests and benchmarks: the
// control plane (api.e2b.app), envd (port 49983 of each sandbox) and the
// port proxy ({port}-{id}.e2b.app) on one port, speaking E2B's wire
// protocol byte for byte. Every sandbox is a real local sandbox, so its
// commands really run. Point E2B_API_URL and E2B_SANDBOX_URL at url().
// See docs/e2b-test-server.md.
class FakeE2bServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bServer)

public:
    struct Options
    {
        QByteArray apiKey = "e2b_53ae1fed82754c17ad8077fbc8bcdd90";
        quint16 port = 0;  // 0: an ephemeral port
        std::chrono::seconds maxLifetime{3600};  // hobby: 1 h
        int concurrencyLimit = 0;  // 0: none; else create answers 429 past it
        QList<int> exposedPorts{3000, 5000, 8000, 8080};  // ports the proxy can reach
        // What info, list and metrics report for every sandbox (E2B's
        // default template: 2 vCPUs, 512 MiB), and what the client bills.
        int cpuCount = 2;
        qint64 memoryMB = 512;
    };

    // One request as received, in arrival order. Times are steady_clock
    // (CLOCK_MONOTONIC) nanoseconds, comparable across processes on this
    // machine, for benchmarks that split a session's time by who spent it.
    struct Received
    {
        QString route;  // "api POST /sandboxes", "envd POST /files", "port 3000", ...
        QString sandboxId;
        HttpRequest request;
        qint64 receivedNs = 0;  // the whole request was read
        qint64 answeredNs = 0;  // its answer (a stream: the end) was written; 0 while open or relayed
        int status = 0;         // the answer's status; 0 for a port request relayed to the app
    };

    static qint64 nowNs();

    explicit FakeE2bServer(QObject *parent = nullptr);
    explicit FakeE2bServer(const Options &options, QObject *parent = nullptr);
    ~FakeE2bServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;  // http://127.0.0.1:PORT
    QByteArray apiKey() const { return m_options.apiKey; }

    // Fault injection (see FakeE2bFault) and a latency added to every answer.
    void addFault(const FakeE2bFault &fault);
    void clearFaults();
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }

    // Observation.
    const QList<Received> &requests() const { return m_requests; }
    QList<Received> requestsTo(const QString &routePattern) const;
    QStringList liveSandboxIds() const;
    int liveSandboxCount() const;
    int createCount() const;   // sandboxes created (201)
    int killCount() const;     // sandboxes killed by DELETE
    int expiredCount() const;  // sandboxes that reached their end time
    int pauseCount() const;    // pauses done (204)
    bool isPaused(const QString &id) const;  // a live sandbox that is paused
    // The local sandbox behind a live E2B sandbox, or nullptr.
    Sandbox *backingSandbox(const QString &id) const;
    QDateTime endAt(const QString &id) const;

    // Ends every sandbox at once (a test's cleanup).
    void killAll();

signals:
    void requestReceived(const QString &route);
    void sandboxCreated(const QString &id);
    void sandboxKilled(const QString &id);
    void sandboxPaused(const QString &id);
    void sandboxExpired(const QString &id);

private:
    struct Route
    {
        enum class Part
        {
            Api,
            Envd,
            Port,
            Admin,
            Invalid,
        };
        Part part = Part::Invalid;
        QString key;
        QString sandboxId;
        int port = 0;
    };

    static Route classify(const HttpRequest &request);
    static QByteArray defaultFaultBody(const Route &route, int status);
    void onNewConnection();
    void onHead(FakeE2bConnection *connection, const HttpRequest &head);
    void onRequest(FakeE2bConnection *connection, const HttpRequest &request);
    void dispatch(FakeE2bConnection *connection, const HttpRequest &request, const Route &route,
                  const std::optional<FakeE2bFault> &fault);
    void proxy(FakeE2bConnection *connection, const HttpRequest &request, const Route &route);
    void admin(FakeE2bConnection *connection, const HttpRequest &request);

    Options m_options;
    QTcpServer m_server;
    FakeE2bRegistry *m_registry;
    FakeE2bControlPlane *m_controlPlane;
    FakeE2bEnvd *m_envd;
    FakeE2bFaultPlan m_faults;
    std::chrono::milliseconds m_latency{0};
    QList<Received> m_requests;
    QHash<FakeE2bConnection *, qsizetype> m_answering;  // index in m_requests
};
