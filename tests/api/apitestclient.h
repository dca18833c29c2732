// SPDX-License-Identifier: MIT
#pragma once

// The real `spawnai serve` on a temporary data folder, and two clients this
// repository did not write the HTTP side of: curl and QNetworkAccessManager.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

struct ApiAnswer
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorField() const { return json().value(u"error").toObject().value(u"field").toString(); }
};

enum class ApiClientKind
{
    Qnam,
    Curl,
};

struct ApiCall
{
    QByteArray method = "GET";
    QString path;  // with its query
    QByteArray body;
    bool withToken = true;
    QList<std::pair<QByteArray, QByteArray>> headers;  // extra or replacing (Host, Origin, Authorization)
};

// `spawnai serve` as a user starts it; the environment is the test's plus `extra`.
class ServeProcess final
{
public:
    explicit ServeProcess(const QString &dataDir)
        : m_dataDir(dataDir)
    {
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ServeProcess(const ServeProcess &) = delete;
    ServeProcess &operator=(const ServeProcess &) = delete;

    // Starts it and waits for its "serving" line; false (with the output
    // in transcript()) when it exits or does not serve within 20 s.
    bool start(const QStringList &extraArguments = {}, const QHash<QString, QString> &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SPAWNAI_KEYCHAIN_SERVICE"), QStringLiteral("spawnai-test-api"));
        // No model key of the developer's reaches the host under test.
        for (const char *name : {"ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "OPENAI_API_KEY", "E2B_API_KEY"})
            environment.remove(QString::fromLatin1(name));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            environment.insert(it.key(), it.value());
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(SPAWNAI_BINARY));
        m_process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("serve"),
                                           QStringLiteral("--json")}
                               + extraArguments);
        m_process.start();
        return QTest::qWaitFor([this] { return !url().isEmpty() || m_process.state() == QProcess::NotRunning; }, 20000)
            && !url().isEmpty();
    }
    QString url()
    {
        m_out += m_process.readAllStandardOutput();
        for (const QByteArray &line : m_out.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(u"event").toString() == u"serving")
                return object.value(u"url").toString();
        }
        return {};
    }
    QByteArray token() const
    {
        QFile file(m_dataDir + QStringLiteral("/api-token"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }
    qint64 pid() const { return m_process.processId(); }
    void signal(int number) { ::kill(pid_t(pid()), number); }
    bool waitForExit(int timeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(timeoutMs);
    }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    QString transcript()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_out + "\n--- stderr ---\n" + m_err);
    }

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// One request through QNetworkAccessManager or curl; the same answer either way.
// Named apart from core's ApiClient (the MCP server's), which a test that
// links more of core (test_api_env) has too.
class ApiTestClient final
{
public:
    ApiTestClient(const QString &url, const QByteArray &token)
        : m_url(url)
        , m_token(token)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void setToken(const QByteArray &token) { m_token = token; }
    QString url() const { return m_url; }

    ApiAnswer call(const ApiCall &call, ApiClientKind kind = ApiClientKind::Qnam)
    {
        return kind == ApiClientKind::Curl ? viaCurl(call) : viaQnam(call);
    }
    ApiAnswer get(const QString &path, ApiClientKind kind = ApiClientKind::Qnam)
    {
        return call({"GET", path, {}, true, {}}, kind);
    }
    ApiAnswer post(const QString &path, const QJsonObject &body, ApiClientKind kind = ApiClientKind::Qnam)
    {
        return call({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, {}}, kind);
    }

private:
    QList<std::pair<QByteArray, QByteArray>> headersOf(const ApiCall &call) const
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (call.withToken)
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token});
        for (const auto &header : call.headers) {
            headers.removeIf([&header](const auto &h) { return h.first.compare(header.first, Qt::CaseInsensitive) == 0; });
            headers.append(header);
        }
        return headers;
    }

    ApiAnswer viaQnam(const ApiCall &call)
    {
        QNetworkRequest request(QUrl(m_url + call.path));
        for (const auto &[key, value] : headersOf(call))
            request.setRawHeader(key, value);
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, call.method, call.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        ApiAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        delete reply;
        return answer;
    }

    ApiAnswer viaCurl(const ApiCall &call)
    {
        QTemporaryFile headerFile;
        headerFile.open();
        QTemporaryFile bodyFile;
        bodyFile.open();
        bodyFile.write(call.body);
        bodyFile.flush();
        QStringList arguments{QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--path-as-is"),
                              QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("--max-time"),
                              QStringLiteral("30"), QStringLiteral("-X"), QString::fromLatin1(call.method),
                              QStringLiteral("-D"), headerFile.fileName(), QStringLiteral("-o"), QStringLiteral("-")};
        for (const auto &[key, value] : headersOf(call))
            arguments << QStringLiteral("-H") << QString::fromLatin1(key + ": " + value);
        if (!call.body.isEmpty()) {
            arguments << QStringLiteral("-H") << QStringLiteral("Content-Type: application/json")
                      << QStringLiteral("--data-binary") << u'@' + bodyFile.fileName();
        }
        arguments << m_url + call.path;
        QProcess curl;
        curl.start(QStringLiteral("curl"), arguments);
        curl.waitForFinished(40000);
        ApiAnswer answer;
        answer.body = curl.readAllStandardOutput();
        headerFile.seek(0);
        for (const QByteArray &line : headerFile.readAll().split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith("HTTP/")) {
                answer.status = trimmed.split(' ').value(1).toInt();
                answer.headers.clear();
            } else if (const qsizetype colon = trimmed.indexOf(':'); colon > 0) {
                answer.headers.append({trimmed.left(colon), trimmed.mid(colon + 1).trimmed()});
            }
        }
        answer.contentType = answer.header("Content-Type");
        return answer;
    }

    QString m_url;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};
