// SPDX-License-Identifier: MIT
#pragma once

#include "e2bconfig.h"
#include "e2bhttpcall.h"
#include "sandbox/sandboxtypes.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkRequest>

class QNetworkAccessManager;

// Builds every request to E2B's control plane (api.e2b.app): the URL, the
// headers (X-API-Key, our own User-Agent, since Qt's default makes E2B
// answer with HTML, Accept: application/json), the timeouts and the bodies.
class E2bApiRequestFactory final
{
public:
    E2bApiRequestFactory(const E2bConfig &config, QNetworkAccessManager *network);

    // "SpawnAI-Desktop/<version>", on every E2B request.
    static QByteArray userAgent();

    const E2bConfig &config() const { return m_config; }
    // What the next requests are built from (E2bSandboxProvider::reconfigure).
    void setConfig(const E2bConfig &config) { m_config = config; }

    E2bCallSetup createSandbox(const SandboxSpec &spec) const;
    E2bCallSetup sandboxInfo(const QString &sandboxId) const;
    // GET /v2/sandboxes (running and paused), one page; `v1` uses the
    // deprecated GET /sandboxes for servers without v2.
    E2bCallSetup listSandboxes(const QMap<QString, QString> &metadata, const QByteArray &nextToken, bool v1) const;
    E2bCallSetup setTimeout(const QString &sandboxId, qint64 seconds) const;
    E2bCallSetup metrics(const QString &sandboxId) const;
    E2bCallSetup kill(const QString &sandboxId) const;
    // POST /sandboxes/{id}/pause; 409 (already paused) counts as done.
    E2bCallSetup pause(const QString &sandboxId) const;
    // PUT /sandboxes/{id}/network with one of the bodies below.
    E2bCallSetup updateNetwork(const QString &sandboxId, const QByteArray &body) const;

    // Egress limited to the install hosts: denyOut everything, allowOut
    // their names (E2B allows by name only with 0.0.0.0/0 denied).
    static QJsonObject registriesOnly(const QStringList &installHosts);
    enum class Egress
    {
        Registries,  // while packages install
        Internet,    // the app asked for it
        None,
    };
    static QByteArray networkBody(Egress egress, const QStringList &installHosts);

    // The body of POST /sandboxes: template, timeout (always: the server's
    // default is 15 s), secure, internet, metadata, envVars, network.
    static QByteArray createBody(const E2bConfig &config, const SandboxSpec &spec);
    // The metadata filter as the SDK encodes it for the server's three
    // decodes: "metadata=" + pct(pct(pct(k))=pct(pct(v))&...).
    static QByteArray metadataQuery(const QMap<QString, QString> &metadata);
    // What every sandbox of this installation carries, and what list() filters on.
    static QMap<QString, QString> ownMetadata(const E2bConfig &config);

private:
    E2bCallSetup setup(const QByteArray &verb, const QString &path, const QString &what,
                       const QByteArray &query = {}) const;

    E2bConfig m_config;
    QNetworkAccessManager *m_network;
};
