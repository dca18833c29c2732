// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

class EgressProxy;

// The registries' way into a local sandbox while its packages install: the
// host's EgressProxy on a Unix socket in the sandbox's socket folder, and the
// agent told to relay a loopback port inside to it. open() answers with
// ready() (the environment that points npm and pip at the proxy) or failed().
class InstallEgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallEgress)

public:
    using AgentRequest = std::function<void(QJsonObject request, std::function<void(const QJsonObject &)> handler)>;

    InstallEgress(const QString &hostSocketDir, const QStringList &allowedHosts, AgentRequest request,
                  QObject *parent = nullptr);
    ~InstallEgress() override;

    void open();
    // Cuts every connection; `tellAgent` false when the agent is gone.
    void close(bool tellAgent = true);

signals:
    void ready(const QMap<QString, QString> &environment);
    void failed(const SpawnError &error);
    // A user-facing line: which connection was refused and why.
    void blocked(const QString &line);

private:
    void fail(const QString &message);

    QString m_hostSocketDir;
    QStringList m_allowedHosts;
    AgentRequest m_request;
    EgressProxy *m_proxy = nullptr;
    int m_generation = 0;
};
