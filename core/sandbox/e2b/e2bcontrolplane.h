// SPDX-License-Identifier: MIT
#pragma once

#include "e2bapirequestfactory.h"
#include "e2bhttpcall.h"

#include <QObject>

class QNetworkAccessManager;

// The calls to E2B's control plane, each an E2bHttpCall that is already
// started and owned by `parent` (or this). Create is never sent twice: it
// is not idempotent. The others are retried on 5xx and lost connections, 3
// attempts at most with backoff.
class E2bControlPlane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bControlPlane)

public:
    E2bControlPlane(const E2bConfig &config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~E2bControlPlane() override;

    const E2bApiRequestFactory &requests() const { return m_requests; }
    // The next calls are built from `config`; calls under way keep theirs.
    void reconfigure(const E2bConfig &config) { m_requests.setConfig(config); }

    E2bHttpCall *create(const SandboxSpec &spec, QObject *parent = nullptr);
    E2bHttpCall *info(const QString &sandboxId, QObject *parent = nullptr);
    E2bHttpCall *listPage(const QMap<QString, QString> &metadata, const QByteArray &nextToken, bool v1,
                          QObject *parent = nullptr);
    E2bHttpCall *setTimeout(const QString &sandboxId, qint64 seconds, QObject *parent = nullptr);
    E2bHttpCall *metrics(const QString &sandboxId, QObject *parent = nullptr);
    // One DELETE with no retries of its own (E2bKill retries); 204 or 404 succeed.
    E2bHttpCall *kill(const QString &sandboxId, QObject *parent = nullptr);
    // Retried like the others; 204 and 409 (already paused) succeed.
    E2bHttpCall *pause(const QString &sandboxId, QObject *parent = nullptr);
    E2bHttpCall *updateNetwork(const QString &sandboxId, const QByteArray &body, QObject *parent = nullptr);

private:
    E2bHttpCall *send(E2bCallSetup setup, QObject *parent);

    E2bApiRequestFactory m_requests;
};
