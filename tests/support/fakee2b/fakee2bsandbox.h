// SPDX-License-Identifier: MIT
#pragma once

#include "fakee2bwire.h"
#include "sandbox/sandbox.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

// One sandbox of the fake E2B server: what the control plane knows of it,
// the local sandbox that really runs its commands, and its processes.
class FakeE2bSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bSandbox)

public:
    // What E2B reports a sandbox was given: its template's vCPUs and memory.
    struct Size
    {
        int cpuCount = 2;
        qint64 memoryMB = 512;
    };

    struct Settings
    {
        QString templateId;
        QMap<QString, QString> metadata;
        QMap<QString, QString> envVars;
        bool secure = false;
        bool internet = true;
        bool publicTraffic = true;
        std::chrono::seconds timeout{15};
        Size size;
    };

    FakeE2bSandbox(const QString &id, const Settings &settings, std::unique_ptr<Sandbox> backing,
                   std::chrono::seconds maxLifetime, QObject *parent = nullptr);
    ~FakeE2bSandbox() override;

    QString id() const { return m_id; }
    const Settings &settings() const { return m_settings; }
    QByteArray envdAccessToken() const { return m_envdToken; }
    QByteArray trafficAccessToken() const { return m_trafficToken; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endAt() const { return m_endAt; }
    Sandbox *backing() const { return m_backing.get(); }

    // now + timeout, never past startedAt + the maximum lifetime.
    void setTimeout(std::chrono::seconds timeout);
    // Paused: "paused" in info and list, no end time running, unreachable
    // through envd and the proxy. Its processes stay as they are in the
    // local sandbox behind it (E2B freezes them with its memory).
    bool isPaused() const { return m_paused; }
    void pause();
    // Running again (connect), until now + timeout.
    void resume(std::chrono::seconds timeout);

    QByteArray createdJson() const;  // Sandbox
    QByteArray detailJson() const;   // SandboxDetail
    FakeE2bWire::Fields listedFields() const;  // ListedSandbox

    // envd's process table: pid -> the Start stream that runs it.
    quint32 addProcess(QObject *process);
    QObject *process(quint32 pid) const { return m_processes.value(pid); }
    void removeProcess(quint32 pid) { m_processes.remove(pid); }

    // A SandboxMetric sample from the local sandbox's counters.
    QByteArray sampleFrom(const SandboxUsage &usage);
    const QList<QPair<qint64, QByteArray>> &samples() const { return m_samples; }

signals:
    void expired();

private:
    QString m_id;
    Settings m_settings;
    std::unique_ptr<Sandbox> m_backing;
    std::chrono::seconds m_maxLifetime;
    QByteArray m_envdToken;
    QByteArray m_trafficToken;
    QDateTime m_startedAt;
    QDateTime m_endAt;
    QTimer m_expiry;
    bool m_paused = false;
    QHash<quint32, QPointer<QObject>> m_processes;
    quint32 m_nextPid = 400;
    QList<QPair<qint64, QByteArray>> m_samples;  // unix seconds, JSON
    double m_lastCpuSeconds = 0;
    QDateTime m_lastSampleAt;
};
