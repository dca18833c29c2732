// SPDX-License-Identifier: MIT
#include "envdrequestfactory.h"

#include "connectenvelope.h"
#include "e2bapirequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {
constexpr int EnvdPort = 49983;
}

EnvdRequestFactory::EnvdRequestFactory(const E2bConfig &config, QNetworkAccessManager *network,
                                       const QString &sandboxId, const QString &accessToken,
                                       const QString &sandboxDomain)
    : m_config(config)
    , m_network(network)
    , m_sandboxId(sandboxId)
    , m_accessToken(accessToken.toUtf8())
    , m_baseUrl(config.envdUrl(sandboxId, sandboxDomain))
{
}

QNetworkRequest EnvdRequestFactory::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    if (!m_accessToken.isEmpty())
        request.setRawHeader("X-Access-Token", m_accessToken);
    request.setRawHeader("E2b-Sandbox-Id", m_sandboxId.toUtf8());
    request.setRawHeader("E2b-Sandbox-Port", QByteArray::number(EnvdPort));
    request.setRawHeader("User-Agent", E2bApiRequestFactory::userAgent());
    return request;
}

E2bCallSetup EnvdRequestFactory::unary(const QString &procedure, const QByteArray &message, const QString &what) const
{
    QNetworkRequest request = this->request(u'/' + procedure);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Connect-Protocol-Version", "1");
    request.setTransferTimeout(int(m_config.requestTimeout.count()));
    E2bCallSetup call;
    call.network = m_network;
    call.request = request;
    call.verb = "POST";
    call.body = message.isEmpty() ? QByteArrayLiteral("{}") : message;
    call.what = what;
    call.service = E2bCallSetup::Service::Envd;
    call.retry = m_config.retry;
    return call;
}

QNetworkRequest EnvdRequestFactory::stream(const QString &procedure, std::chrono::milliseconds timeout) const
{
    QNetworkRequest request = this->request(u'/' + procedure);
    request.setRawHeader("Content-Type", "application/connect+json");
    request.setRawHeader("Connect-Protocol-Version", "1");
    request.setRawHeader("Keepalive-Ping-Interval", QByteArray::number(qint64(m_config.keepaliveInterval.count())));
    if (timeout.count() > 0)
        request.setRawHeader("Connect-Timeout-Ms", QByteArray::number(qint64(timeout.count())));
    // Idle for longer than two keepalives means the stream is dead.
    request.setTransferTimeout(int(m_config.keepaliveInterval.count() * 2500 + 10000));
    return request;
}

E2bCallSetup EnvdRequestFactory::upload(const QList<AppFile> &files, const QString &what) const
{
    QByteArray boundary;
    const auto inContent = [&files, &boundary] {
        return std::any_of(files.cbegin(), files.cend(),
                           [&boundary](const AppFile &file) { return file.content.contains(boundary); });
    };
    do
        boundary = "spawnai-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    while (inContent());
    QNetworkRequest request = this->request(QStringLiteral("/files"));
    request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_config.requestTimeout.count()));
    E2bCallSetup call;
    call.network = m_network;
    call.request = request;
    call.verb = "POST";
    call.body = multipartBody(files, boundary);
    call.what = what;
    call.service = E2bCallSetup::Service::Envd;
    call.retry = m_config.retry;  // writing the same files again is harmless
    return call;
}

QByteArray EnvdRequestFactory::startMessage(const CommandSpec &spec)
{
    QJsonObject process{{QStringLiteral("cmd"), spec.argv.value(0)}};
    process.insert(u"args", QJsonArray::fromStringList(spec.argv.mid(1)));
    if (!spec.workingDirectory.isEmpty())
        process.insert(u"cwd", spec.workingDirectory);
    if (!spec.environment.isEmpty()) {
        QJsonObject envs;
        for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
            envs.insert(it.key(), it.value());
        process.insert(u"envs", envs);
    }
    // Without "stdin": false envd keeps a stdin pipe open, and a program that
    // reads it waits forever.
    const QJsonObject message{{QStringLiteral("process"), process}, {QStringLiteral("stdin"), false}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray EnvdRequestFactory::signalMessage(quint32 pid, const QByteArray &signal)
{
    const QJsonObject message{
        {QStringLiteral("process"), QJsonObject{{QStringLiteral("pid"), qint64(pid)}}},
        {QStringLiteral("signal"), QString::fromLatin1(signal)},
    };
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray EnvdRequestFactory::multipartBody(const QList<AppFile> &files, const QByteArray &boundary)
{
    QByteArray body;
    for (const AppFile &file : files) {
        QByteArray name = file.path.toUtf8();
        name.replace('\\', "\\\\").replace('"', "\\\"");
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n";
        body += "Content-Type: application/octet-stream\r\n\r\n";
        body += file.content;
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}
