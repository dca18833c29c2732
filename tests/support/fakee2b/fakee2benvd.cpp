// SPDX-License-Identifier: MIT
#include "fakee2benvd.h"

#include "fakee2bconnection.h"
#include "fakee2bprocessstream.h"
#include "fakee2bsandbox.h"
#include "goquery.h"
#include "multipartformdata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace {
const QByteArray Json = "application/json; charset=utf-8";
const auto HomeDir = QStringLiteral("/home/user");

void restError(FakeE2bConnection *connection, int status, const QString &message)
{
    connection->respond(status, Json, FakeE2bWire::apiError(status, message));
}

void connectError(FakeE2bConnection *connection, const QByteArray &code, const QString &message)
{
    connection->respond(FakeE2bWire::connectHttpStatus(code), "application/json",
                        FakeE2bWire::connectError(code, message));
}

// envd's ExpandAndResolve for the default user: relative paths and "~"
// start at the home directory.
QString resolvePath(const QString &path)
{
    if (path.isEmpty() || path == u"~")
        return HomeDir;
    if (path.startsWith(u"~/"))
        return HomeDir + path.sliced(1);
    if (!path.startsWith(u'/'))
        return HomeDir + u'/' + path;
    return path;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
} // namespace

FakeE2bEnvd::FakeE2bEnvd(QObject *parent)
    : QObject(parent)
{
}

FakeE2bEnvd::~FakeE2bEnvd() = default;

void FakeE2bEnvd::handle(FakeE2bConnection *connection, const HttpRequest &request, const QString &route,
                         FakeE2bSandbox *sandbox, std::optional<int> cutStreamAfterFrames)
{
    if (route == u"GET /health") {
        connection->respond(204, {}, {});
        return;
    }
    if (sandbox->settings().secure && request.header("x-access-token") != sandbox->envdAccessToken()) {
        restError(connection, 401,
                  QStringLiteral("unauthorized access, please provide a valid access token or method signing if supported"));
        return;
    }
    if (route == u"POST /files")
        upload(connection, request, sandbox);
    else if (route == u"POST /process.Process/Start")
        start(connection, request, sandbox, cutStreamAfterFrames);
    else if (route == u"POST /process.Process/SendSignal")
        sendSignal(connection, request, sandbox);
    else
        connection->respond(404, "text/plain; charset=utf-8", "404 page not found\n");
}

void FakeE2bEnvd::upload(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const auto query = GoQuery::parse(request.query());
    bool hasPath = false;
    const QString path = QString::fromUtf8(GoQuery::value(query, "path", &hasPath));
    const QByteArray contentType = request.header("content-type");
    QList<AppFile> files;
    if (contentType.toLower().startsWith("application/octet-stream")) {
        if (!hasPath) {
            restError(connection, 400, QStringLiteral("path is required for octet-stream upload"));
            return;
        }
        files.append({resolvePath(path), request.body, false});
    } else if (contentType.toLower().startsWith("multipart/form-data")) {
        const auto parts = MultipartFormData::parse(contentType, request.body);
        if (!parts) {
            restError(connection, 400, QStringLiteral("error parsing multipart form"));
            return;
        }
        for (const MultipartFormData::Part &part : *parts) {
            if (part.name != "file")
                continue;  // envd reads only the parts named "file"
            const QString target = resolvePath(hasPath ? path : part.filename);
            for (const AppFile &file : std::as_const(files)) {
                if (file.path == target) {
                    restError(connection, 400, QStringLiteral("cannot upload multiple files to same path '%1'").arg(target));
                    return;
                }
            }
            files.append({target, part.data, false});
        }
    } else {
        restError(connection, 400, QStringLiteral("unsupported content type: %1").arg(QString::fromLatin1(contentType)));
        return;
    }
    PendingOperation *write = sandbox->backing()->writeFiles(files);
    QPointer<FakeE2bConnection> guard(connection);
    connect(write, &AsyncOperation::finished, this, [guard, write, files] {
        write->deleteLater();
        if (!guard)
            return;
        if (!write->succeeded()) {
            restError(guard, 500, write->error().message);
            return;
        }
        // EntryInfo; oapi-codegen orders its fields alphabetically.
        QByteArray body = "[";
        for (const AppFile &file : files) {
            body += (body.size() > 1 ? "," : "")
                + FakeE2bWire::object({{"name", QFileInfo(file.path).fileName()},
                                       {"path", file.path},
                                       {"type", QStringLiteral("file")}});
        }
        guard->respond(200, Json, body + ']');
    });
}

void FakeE2bEnvd::start(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox,
                        std::optional<int> cutAfterFrames)
{
    if (!request.header("content-type").startsWith("application/connect+json")) {
        connectError(connection, "unknown", QStringLiteral("invalid content-type: \"%1\"")
                                               .arg(QString::fromLatin1(request.header("content-type"))));
        return;
    }
    const QByteArray &body = request.body;
    const quint32 length = body.size() >= 5 ? (quint32(quint8(body[1])) << 24) | (quint32(quint8(body[2])) << 16)
                                                  | (quint32(quint8(body[3])) << 8) | quint32(quint8(body[4]))
                                            : 0;
    if (body.size() < 5 || body[0] != 0 || qsizetype(length) != body.size() - 5) {
        connection->beginStream(200, "application/connect+json");
        connection->writeChunk(FakeE2bWire::envelope(0x02, R"({"error":)" + FakeE2bWire::connectError(
            "invalid_argument", QStringLiteral("protocol error: incomplete envelope")) + '}'));
        connection->endStream();
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(body.sliced(5)).object();
    const QJsonObject process = message.value(u"process").toObject();
    CommandSpec spec;
    spec.argv = QStringList{process.value(u"cmd").toString()};
    for (const QJsonValue &arg : process.value(u"args").toArray())
        spec.argv << arg.toString();
    spec.workingDirectory = resolvePath(process.value(u"cwd").toString());
    spec.environment = sandbox->settings().envVars;
    spec.environment.insert(stringMap(process.value(u"envs")));
    spec.timeout = std::chrono::milliseconds(request.header("connect-timeout-ms").toLongLong());
    // E2B's network belongs to the whole VM, not to a command: a sandbox with
    // internet has it for every command, as the local sandbox gives it to the
    // app's code. (The allowOut list is recorded, not enforced, here.)
    spec.runsAppCode = true;
    bool ok = false;
    const int keepalive = request.header("keepalive-ping-interval").toInt(&ok);
    auto *stream = new FakeE2bProcessStream(sandbox, connection, spec, std::chrono::seconds(ok && keepalive > 0 ? keepalive : 90),
                                            cutAfterFrames);
    stream->start();
}

void FakeE2bEnvd::sendSignal(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const QJsonObject message = QJsonDocument::fromJson(request.body).object();
    const quint32 pid = quint32(message.value(u"process").toObject().value(u"pid").toInteger());
    const QJsonValue signal = message.value(u"signal");
    const bool known = signal == QJsonValue(QStringLiteral("SIGNAL_SIGKILL")) || signal == QJsonValue(QStringLiteral("SIGNAL_SIGTERM"))
        || signal.toInt() == 9 || signal.toInt() == 15;
    auto *stream = qobject_cast<FakeE2bProcessStream *>(sandbox->process(pid));
    if (!stream) {
        connectError(connection, "not_found", QStringLiteral("process with pid %1 not found").arg(pid));
        return;
    }
    if (!known) {
        connectError(connection, "unimplemented", QStringLiteral("invalid signal: %1").arg(signal.toVariant().toString()));
        return;
    }
    stream->kill();
    connection->respond(200, "application/json", "{}");
}
