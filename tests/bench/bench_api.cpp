// SPDX-License-Identifier: MIT
// bench_api: GET /api/v1/sessions/{id} from 50 keep-alive clients against
// the API host (ApiHost, in this process, so its event loop's stalls are
// measured with StallProbe), the clients in a child process of this same
// program. Prints requests/s, latency percentiles and the longest stall.

#include "api/apihost.h"
#include "benchsupport.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "stallprobe.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace {
constexpr int Clients = 50;
constexpr int WarmupMs = 1000;
constexpr int MeasureMs = 5000;

// One keep-alive connection asking the same thing again as soon as the
// answer is complete (Content-Length framed).
class LoadClient final : public QObject
{
public:
    LoadClient(const QString &host, quint16 port, QByteArray request, QList<qint64> *latenciesUs, const QElapsedTimer *clock,
               const qint64 *measureFromNs, const qint64 *measureUntilNs)
        : m_request(std::move(request))
        , m_latencies(latenciesUs)
        , m_clock(clock)
        , m_from(measureFromNs)
        , m_until(measureUntilNs)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &LoadClient::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::read);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(host, port);
    }
    int errors = 0;
    int reconnects = 0;

private:
    void send()
    {
        m_sentNs = m_clock->nsecsElapsed();
        m_socket.write(m_request);
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            if (!head.startsWith("HTTP/1.1 200"))
                ++errors;
            m_buffer.remove(0, end + 4 + length);
            const qint64 now = m_clock->nsecsElapsed();
            if (m_sentNs >= *m_from && now <= *m_until)
                m_latencies->append((now - m_sentNs) / 1000);
            if (now > *m_until)
                return;
            send();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    QList<qint64> *m_latencies;
    const QElapsedTimer *m_clock;
    const qint64 *m_from;
    const qint64 *m_until;
    qint64 m_sentNs = 0;
};

// The child: `bench_api --load HOST PORT TOKEN PATH`; prints one JSON line.
int runLoad(const QStringList &args)
{
    const QString host = args.value(2);
    const quint16 port = quint16(args.value(3).toUInt());
    const QByteArray request = "GET " + args.value(5).toLatin1() + " HTTP/1.1\r\nHost: " + host.toLatin1() + ':'
        + QByteArray::number(port) + "\r\nAuthorization: Bearer " + args.value(4).toLatin1()
        + "\r\nConnection: keep-alive\r\n\r\n";
    QElapsedTimer clock;
    clock.start();
    qint64 from = qint64(WarmupMs) * 1000000;
    qint64 until = qint64(WarmupMs + MeasureMs) * 1000000;
    QList<qint64> latencies;
    latencies.reserve(200000);
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(std::make_unique<LoadClient>(host, port, request, &latencies, &clock, &from, &until));
    Bench::runEventLoopFor(WarmupMs + MeasureMs + 200);
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return latencies.isEmpty() ? 0.0 : double(latencies.at(qsizetype(p * double(latencies.size() - 1)))) / 1000.0;
    };
    int errors = 0;
    for (const auto &client : clients)
        errors += client->errors;
    const QJsonObject result{{QStringLiteral("requests"), latencies.size()},
                             {QStringLiteral("perSecond"), double(latencies.size()) / (MeasureMs / 1000.0)},
                             {QStringLiteral("p50"), percentile(0.50)},
                             {QStringLiteral("p99"), percentile(0.99)},
                             {QStringLiteral("max"), percentile(1.0)},
                             {QStringLiteral("errors"), errors}};
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--load")
        return runLoad(args);

    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    qputenv("SPAWNAI_API_REQUESTS_PER_SECOND", "1000000000");
    Database database;
    if (database.open().isError())
        return 1;
    SessionStore store(database);
    SessionManager manager(&store);
    Session session;
    session.prompt = QStringLiteral("Template: static-site");
    session.templateName = QStringLiteral("static-site");
    store.createSession(session);
    store.saveAppVersion(session.id, QStringLiteral("{}"), {{QStringLiteral("index.html"), "<h1>hi</h1>", false}},
                         QStringLiteral("template static-site"));

    InfoRoutes::Sources sources;
    sources.manager = &manager;
    ApiHost host(dir.path(), sources, nullptr);
    ApiHost::Options options;
    options.addresses = {QHostAddress(QHostAddress::LocalHost)};
    PendingOperation *starting = host.start(options);
    if (!Bench::runEventLoopUntil([starting] { return starting->isFinished(); }, 10000) || !starting->succeeded())
        return 1;
    QFile tokenFile(dir.filePath(QStringLiteral("api-token")));
    tokenFile.open(QIODevice::ReadOnly);
    const QByteArray token = tokenFile.readAll().trimmed();

    Bench::say(QStringLiteral("bench_api: GET /api/v1/sessions/{id}, %1 keep-alive clients, %2 s after %3 s of warm-up")
                   .arg(Clients)
                   .arg(MeasureMs / 1000)
                   .arg(WarmupMs / 1000));
    Bench::say(Bench::machineLine());
    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    load.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--load"), QStringLiteral("127.0.0.1"), QString::number(host.url().port()),
                QString::fromLatin1(token), QStringLiteral("/api/v1/sessions/") + session.id});
    StallProbe probe;
    probe.start();
    Bench::runEventLoopUntil([&load] { return load.state() == QProcess::NotRunning; }, WarmupMs + MeasureMs + 20000);
    probe.stop();
    const QJsonObject result = QJsonDocument::fromJson(load.readAllStandardOutput()).object();
    Bench::say(QStringLiteral("requests/s %1, latency p50 %2 ms, p99 %3 ms, max %4 ms, non-200 answers %5")
                   .arg(Bench::number(result.value(u"perSecond").toDouble()))
                   .arg(Bench::number(result.value(u"p50").toDouble(), 2))
                   .arg(Bench::number(result.value(u"p99").toDouble(), 2))
                   .arg(Bench::number(result.value(u"max").toDouble(), 2))
                   .arg(result.value(u"errors").toInt()));
    Bench::say(QStringLiteral("host event loop: longest stall %1 ms (%2 ms of it this process's own), %3 stalls over "
                              "10 ms (%4 of its own)")
                   .arg(Bench::number(probe.maxGapMs(), 1))
                   .arg(Bench::number(probe.maxOwnGapMs(), 1))
                   .arg(probe.gapsOver10Ms())
                   .arg(probe.ownGapsOver10Ms()));
    return 0;
}
