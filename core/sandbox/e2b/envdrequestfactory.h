// SPDX-License-Identifier: MIT
#pragma once

#include "e2bconfig.h"
#include "e2bhttpcall.h"
#include "sandbox/sandboxtypes.h"

#include <QNetworkRequest>

#include <chrono>

class QNetworkAccessManager;

// Builds every request to envd, the daemon inside one sandbox: its base URL,
// X-Access-Token, the routing headers E2b-Sandbox-Id and E2b-Sandbox-Port
// (needed on a shared host such as E2B_SANDBOX_URL, ignored on the
// per-sandbox host), Connect's headers and the bodies.
class EnvdRequestFactory final
{
public:
    EnvdRequestFactory(const E2bConfig &config, QNetworkAccessManager *network, const QString &sandboxId,
                       const QString &accessToken, const QString &sandboxDomain = {});

    QNetworkAccessManager *network() const { return m_network; }
    QUrl baseUrl() const { return m_baseUrl; }

    // A unary Connect call, e.g. "process.Process/SendSignal", with its JSON message.
    E2bCallSetup unary(const QString &procedure, const QByteArray &message, const QString &what) const;
    // A server-streaming Connect call. `timeout` 0 sends no Connect-Timeout-Ms:
    // envd would kill a background app when it passed.
    QNetworkRequest stream(const QString &procedure, std::chrono::milliseconds timeout) const;
    // POST /files: one multipart part per file, the filename being the target path.
    E2bCallSetup upload(const QList<AppFile> &files, const QString &what) const;

    // {"process":{cmd,args,envs,cwd},"stdin":false}
    static QByteArray startMessage(const CommandSpec &spec);
    static QByteArray signalMessage(quint32 pid, const QByteArray &signal = QByteArrayLiteral("SIGNAL_SIGKILL"));
    // A multipart/form-data body; filenames quoted with " and \ escaped.
    static QByteArray multipartBody(const QList<AppFile> &files, const QByteArray &boundary);

private:
    QNetworkRequest request(const QString &path) const;

    E2bConfig m_config;
    QNetworkAccessManager *m_network;
    QString m_sandboxId;
    QByteArray m_accessToken;
    QUrl m_baseUrl;
};
