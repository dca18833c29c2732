// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QObject>

class FakeE2bConnection;
class FakeE2bRegistry;
class FakeE2bSandbox;

// The fake server's REST control plane (api.e2b.app): create, info, list,
// timeout, metrics, pause, connect (resumes a paused one) and kill, with
// E2B's status codes and error bodies.
class FakeE2bControlPlane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bControlPlane)

public:
    FakeE2bControlPlane(FakeE2bRegistry *registry, const QByteArray &apiKey, int concurrencyLimit,
                        QObject *parent = nullptr);
    ~FakeE2bControlPlane() override;

    // `route` is the request's route key without the "api " part, e.g.
    // "DELETE /sandboxes/{id}"; `sandboxId` the id in its path.
    void handle(FakeE2bConnection *connection, const HttpRequest &request, const QString &route,
                const QString &sandboxId);

private:
    void create(FakeE2bConnection *connection, const HttpRequest &request, bool v2);
    void list(FakeE2bConnection *connection, const HttpRequest &request, bool v2);
    void setTimeout(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);
    void pause(FakeE2bConnection *connection, FakeE2bSandbox *sandbox);
    void updateNetwork(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);
    void connectTo(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);
    void metrics(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);

    FakeE2bRegistry *m_registry;
    QByteArray m_apiKey;
    int m_concurrencyLimit;
};
