// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QObject>

#include <optional>

class FakeE2bConnection;
class FakeE2bSandbox;

// envd, the daemon in each sandbox (port 49983): /health, uploads through
// POST /files, and process.Process Start (a Connect JSON stream) and
// SendSignal, checked against the sandbox's access token.
class FakeE2bEnvd final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bEnvd)

public:
    explicit FakeE2bEnvd(QObject *parent = nullptr);
    ~FakeE2bEnvd() override;

    // `route` without the "envd " part, e.g. "POST /files".
    void handle(FakeE2bConnection *connection, const HttpRequest &request, const QString &route,
                FakeE2bSandbox *sandbox, std::optional<int> cutStreamAfterFrames);

private:
    void upload(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);
    void start(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox,
               std::optional<int> cutAfterFrames);
    void sendSignal(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox);
};
