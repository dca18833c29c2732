// SPDX-License-Identifier: MIT
#include "e2bcontrolplane.h"

E2bControlPlane::E2bControlPlane(const E2bConfig &config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_requests(config, network)
{
}

E2bControlPlane::~E2bControlPlane() = default;

E2bHttpCall *E2bControlPlane::create(const SandboxSpec &spec, QObject *parent)
{
    return send(m_requests.createSandbox(spec), parent);
}

E2bHttpCall *E2bControlPlane::info(const QString &sandboxId, QObject *parent)
{
    return send(m_requests.sandboxInfo(sandboxId), parent);
}

E2bHttpCall *E2bControlPlane::listPage(const QMap<QString, QString> &metadata, const QByteArray &nextToken, bool v1,
                                       QObject *parent)
{
    return send(m_requests.listSandboxes(metadata, nextToken, v1), parent);
}

E2bHttpCall *E2bControlPlane::setTimeout(const QString &sandboxId, qint64 seconds, QObject *parent)
{
    return send(m_requests.setTimeout(sandboxId, seconds), parent);
}

E2bHttpCall *E2bControlPlane::metrics(const QString &sandboxId, QObject *parent)
{
    return send(m_requests.metrics(sandboxId), parent);
}

E2bHttpCall *E2bControlPlane::kill(const QString &sandboxId, QObject *parent)
{
    E2bCallSetup setup = m_requests.kill(sandboxId);
    setup.retry.maxAttempts = 1;
    return send(std::move(setup), parent);
}

E2bHttpCall *E2bControlPlane::pause(const QString &sandboxId, QObject *parent)
{
    return send(m_requests.pause(sandboxId), parent);
}

E2bHttpCall *E2bControlPlane::updateNetwork(const QString &sandboxId, const QByteArray &body, QObject *parent)
{
    return send(m_requests.updateNetwork(sandboxId, body), parent);
}

E2bHttpCall *E2bControlPlane::send(E2bCallSetup setup, QObject *parent)
{
    auto *call = new E2bHttpCall(std::move(setup), parent ? parent : this);
    call->start();
    return call;
}
