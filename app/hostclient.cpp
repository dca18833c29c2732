// SPDX-License-Identifier: MIT
#include "hostclient.h"

#include "common/promptimagecheck.h"
#include "api/apitoken.h"
#include "api/hostlock.h"
#include "cliappenvironment.h"
#include "clioutput.h"
#include "deploy/folderloader.h"
#include "sandbox/sandboxkind.h"
#include "session/sessionstatus.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimer>

HostClient::HostClient(const CliArguments &arguments, CliOutput *output, ApiInfo host, const QByteArray &token,
                       QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_output(output)
    , m_host(std::move(host))
    , m_token(token)
    , m_network(new QNetworkAccessManager(this))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(StopPollInterval);
    m_poll->setSingleShot(true);
    // The host is on this machine: never through a proxy of the environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

HostClient::~HostClient() = default;

std::optional<ApiInfo> HostClient::running(const QString &dataDir)
{
    if (!HostLock::isHeld(dataDir))
        return std::nullopt;
    return ApiInfo::read(dataDir);
}

bool HostClient::wants(const CliArguments &arguments)
{
    return arguments.command == u"stop" || arguments.command == u"extend" || arguments.detach;
}

int HostClient::start()
{
    if (m_arguments.command == u"spawn") {
        QJsonObject body;
        if (const int refused = spawnBody(&body); refused != ExitCode::Ok)
            return refused;
        send("POST", QStringLiteral("/api/v1/sessions"), body, [this](const QJsonObject &answer) {
            const QString id = answer.value(u"id").toString();
            send("GET", QStringLiteral("/api/v1/sessions/") + id, {}, [this](const QJsonObject &session) {
                report(session);
                finish(ExitCode::Ok);
            });
        });
        return -1;
    }
    withSessionId([this](const QString &id) {
        const QString path = QStringLiteral("/api/v1/sessions/") + id;
        const auto done = [this](const QJsonObject &session) {
            report(session);
            finish(ExitCode::Ok);
        };
        if (m_arguments.command == u"redeploy") {
            QJsonObject body;
            if (m_arguments.internet)
                body.insert(QStringLiteral("internet"), true);
            send("POST", path + u"/redeploy", body, done);
        } else if (m_arguments.command == u"extend") {
            QJsonObject body;
            if (m_arguments.minutes > 0)
                body.insert(QStringLiteral("minutes"), m_arguments.minutes);
            send("POST", path + u"/extend", body, done);
        } else {
            m_stopClock.start();
            send("DELETE", path, {}, [this, path](const QJsonObject &session) { waitUntilStopped(path, session); });
        }
    });
    return -1;
}

// The host stops a run as the window does: a cloud sandbox's session ends
// once E2B confirms the kill. `stop` waits for that as the foreground one
// does, 15 s, and says so when it has not come.
void HostClient::waitUntilStopped(const QString &path, const QJsonObject &session)
{
    SessionStatus status = SessionStatus::Stopped;
    if (!sessionStatusFromString(session.value(u"status").toString(), &status) || isTerminal(status)) {
        report(session);
        finish(ExitCode::Ok);
        return;
    }
    if (m_stopClock.elapsed() >= StopWait.count()) {
        const QString id = session.value(u"id").toString();
        SandboxKind kind = SandboxKind::Local;
        sandboxKindFromString(session.value(u"sandbox").toString(), &kind);
        if (kind == SandboxKind::E2b)
            m_output->error(tr("%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and "
                               "the session keeps its status until it does. The SpawnAI host at %2 keeps trying to stop "
                               "it; `spawnai list` shows when it has ended.")
                                .arg(id, m_host.url.toString()));
        else
            m_output->error(tr("The SpawnAI host at %1 did not stop %2 within 15 s; it is %3")
                                .arg(m_host.url.toString(), id, session.value(u"status").toString()));
        finish(ExitCode::StillRunning);
        return;
    }
    m_poll->disconnect(this);
    connect(m_poll, &QTimer::timeout, this, [this, path] {
        send("GET", path, {}, [this, path](const QJsonObject &next) { waitUntilStopped(path, next); });
    });
    m_poll->start();
}

int HostClient::spawnBody(QJsonObject *out)
{
    QJsonObject &body = *out;
    body = {{QStringLiteral("sandbox"), sandboxKindToString(m_arguments.sandboxKind)}, {QStringLiteral("internet"), m_arguments.internet}};
    if (m_arguments.timeoutSeconds > 0)
        body.insert(QStringLiteral("timeoutSeconds"), m_arguments.timeoutSeconds);
    if (!m_arguments.env.isEmpty()) {
        AppEnvironment::Values values;
        SpawnError error;
        if (!CliAppEnvironment::collect(m_arguments.env, &values, &error)) {
            m_output->error(error.message);
            return ExitCode::Usage;
        }
        QJsonObject environment;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            environment.insert(it.key(), it.value());
        body.insert(QStringLiteral("env"), environment);
    }
    if (!m_arguments.allowScripts.isEmpty())
        body.insert(QStringLiteral("allowScripts"), QJsonArray::fromStringList(m_arguments.allowScripts));
    if (!m_arguments.templateName.isEmpty()) {
        body.insert(QStringLiteral("template"), m_arguments.templateName);
        return ExitCode::Ok;
    }
    if (!m_arguments.fromDir.isEmpty())
        return folderBody(&body);
    body.insert(QStringLiteral("prompt"), m_arguments.prompt);
    body.insert(QStringLiteral("appType"), m_arguments.appType);
    body.insert(QStringLiteral("provider"), m_arguments.provider);
    if (!m_arguments.model.isEmpty())
        body.insert(QStringLiteral("model"), m_arguments.model);
    if (!m_arguments.baseUrl.isEmpty())
        body.insert(QStringLiteral("baseUrl"), m_arguments.baseUrl);
    if (m_arguments.images.isEmpty())
        return ExitCode::Ok;
    // Checked and scaled here, as the foreground spawn does, and sent as data URIs.
    QJsonArray images;
    for (const QString &path : m_arguments.images) {
        SpawnError error;
        const std::optional<PromptImage> image = PromptImageCheck::fromFile(path, &error);
        if (!image) {
            m_output->error(error.message);
            return ExitCode::Usage;
        }
        images.append(QString::fromLatin1(image->dataUri()));
    }
    body.insert(QStringLiteral("images"), images);
    return ExitCode::Ok;
}

// The folder is read and checked here, as the foreground spawn does, and
// sent as the API's files: text only, since the API carries files as JSON
// strings; a folder with binary files runs in the foreground.
int HostClient::folderBody(QJsonObject *body)
{
    if (!QFileInfo(m_arguments.fromDir).isDir()) {
        m_output->error(tr("There is no folder %1").arg(m_arguments.fromDir));
        return ExitCode::NotFound;
    }
    SpawnError error;
    const std::optional<AppBundle> bundle = FolderLoader::load(m_arguments.fromDir, &error);
    if (!bundle) {
        m_output->error(error.message);
        return ExitCode::Usage;
    }
    QJsonArray files;
    for (const AppFile &file : bundle->files()) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(file.content);
        if (utf8.hasError() || file.content.contains('\0')) {
            m_output->error(tr("%1 is not a text file, and the host takes an app's files as text; run spawn "
                               "without --detach for this folder")
                                .arg(file.path));
            return ExitCode::Usage;
        }
        files.append(QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("content"), text}});
    }
    body->insert(QStringLiteral("files"), files);
    body->insert(QStringLiteral("manifest"), QJsonDocument::fromJson(bundle->manifest().toJson()).object());
    return ExitCode::Ok;
}

// A full id goes as it is; a prefix is looked up among the newest 200.
void HostClient::withSessionId(const std::function<void(const QString &id)> &then)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString given = m_arguments.sessionId;
    if (uuid.match(given).hasMatch()) {
        then(given);
        return;
    }
    send("GET", QStringLiteral("/api/v1/sessions?limit=200"), {}, [this, given, then](const QJsonObject &answer) {
        QStringList matches;
        for (const QJsonValue &session : answer.value(u"sessions").toArray()) {
            const QString id = session.toObject().value(u"id").toString();
            if (id.startsWith(given))
                matches << id;
        }
        if (matches.size() != 1) {
            m_output->error(matches.isEmpty() ? tr("There is no session %1").arg(given)
                                              : tr("%1 names more than one session").arg(given));
            finish(matches.isEmpty() ? ExitCode::NotFound : ExitCode::Usage);
            return;
        }
        then(matches.constFirst());
    });
}

void HostClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const std::function<void(const QJsonObject &answer)> &done)
{
    QUrl url = m_host.url;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    const QByteArray payload = body.isEmpty() && method != "POST" ? QByteArray()
                                                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status >= 200 && status < 300) {
            done(answer);
            return;
        }
        const QString message = status == 0
            ? tr("The SpawnAI host at %1 does not answer: %2").arg(m_host.url.toString(), reply->errorString())
            : answer.value(u"error").toObject().value(u"message").toString();
        m_output->error(message.isEmpty() ? tr("The host answered HTTP %1").arg(status) : message);
        finish(status == 404 ? ExitCode::NotFound
               : status == 400 || status == 422 ? ExitCode::Usage
               : status == 409 || status == 502 || status == 500 ? ExitCode::SessionFailed
                                                                 : ExitCode::Unavailable);
    });
}

void HostClient::report(const QJsonObject &session)
{
    const QString id = session.value(u"id").toString();
    const QString status = session.value(u"status").toString();
    if (m_output->isJson()) {
        QJsonObject object{{QStringLiteral("event"), QStringLiteral("status")},
                           {QStringLiteral("session"), id},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("host"), m_host.url.toString()}};
        if (session.value(u"url").isString())
            object.insert(QStringLiteral("url"), session.value(u"url"));
        if (session.value(u"expiresAt").isString())
            object.insert(QStringLiteral("expires"), session.value(u"expiresAt"));
        m_output->object(object);
        return;
    }
    m_output->line(tr("Session %1 is %2 (on the host at %3)").arg(id, status, m_host.url.toString()));
}

void HostClient::finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}
