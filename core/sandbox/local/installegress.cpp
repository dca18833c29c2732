// SPDX-License-Identifier: MIT
#include "installegress.h"

#include "bwraparguments.h"
#include "egressproxy.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcInstallEgress, "spawnai.sandbox.installegress", QtInfoMsg)
}

InstallEgress::InstallEgress(const QString &hostSocketDir, const QStringList &allowedHosts, AgentRequest request,
                             QObject *parent)
    : QObject(parent)
    , m_hostSocketDir(hostSocketDir)
    , m_allowedHosts(allowedHosts)
    , m_request(std::move(request))
{
}

InstallEgress::~InstallEgress() = default;

void InstallEgress::open()
{
    const int generation = ++m_generation;
    QStringList rejected;
    m_proxy = new EgressProxy(EgressAllowList::parse(m_allowedHosts, &rejected), this);
    if (!rejected.isEmpty())
        qCWarning(lcInstallEgress) << "ignored install hosts that do not parse:" << rejected;
    connect(m_proxy, &EgressProxy::blocked, this, [this](const QString &target, const QString &reason) {
        emit blocked(tr("SpawnAI blocked a connection to %1 during the install (%2): "
                        "installs reach only the package registries.").arg(target, reason));
    });
    QString error;
    if (!m_proxy->listen(m_hostSocketDir + u"/egress.sock", &error)) {
        fail(error);
        return;
    }
    m_request(QJsonObject{{QStringLiteral("op"), QStringLiteral("egress")},
                          {QStringLiteral("socket"), QString(QString::fromLatin1(BwrapLayout::SocketDir) + u"/egress.sock")}},
              [this, generation](const QJsonObject &event) {
                  if (generation != m_generation || !m_proxy)
                      return;  // the installs ended meanwhile
                  const int port = event.value(u"port").toInt();
                  if (event.value(u"event").toString() != u"ok" || port <= 0) {
                      fail(event.value(u"message").toString());
                      return;
                  }
                  // npm and pip both read these; npm prefers its own names.
                  const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
                  QMap<QString, QString> environment;
                  for (const char *name : {"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
                                           "npm_config_proxy", "npm_config_https_proxy"})
                      environment.insert(QString::fromLatin1(name), proxy);
                  // Nothing may go around it.
                  environment.insert(QStringLiteral("NO_PROXY"), QString());
                  environment.insert(QStringLiteral("no_proxy"), QString());
                  emit ready(environment);
              });
}

void InstallEgress::close(bool tellAgent)
{
    ++m_generation;
    if (!m_proxy)
        return;
    m_proxy->close();
    m_proxy->deleteLater();
    m_proxy = nullptr;
    if (tellAgent)
        m_request(QJsonObject{{QStringLiteral("op"), QStringLiteral("egress-close")}}, [](const QJsonObject &) {});
}

void InstallEgress::fail(const QString &message)
{
    close();
    emit failed(SpawnError::system(tr("Cannot open the install proxy: %1").arg(message), true));
}
