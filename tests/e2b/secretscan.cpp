// SPDX-License-Identifier: MIT
#include "secretscan.h"

#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>

#include <utility>

namespace {
QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;
bool capturing = false;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged << message;
    }
    static const bool verbose = qEnvironmentVariableIsSet("E2B_WORKFLOW_VERBOSE");
    if ((verbose || (type != QtDebugMsg && type != QtInfoMsg)) && previousHandler)
        previousHandler(type, context, message);
}

// The request as the server got it, minus the one header a secret may be in.
QByteArray withoutHeader(const HttpRequest &request, const QByteArray &allowed)
{
    QByteArray rest = request.method + ' ' + request.target + '\n';
    for (const auto &[name, value] : request.headers) {
        if (name.toLower() != allowed)
            rest += name + ": " + value + '\n';
    }
    return rest + request.body;
}
} // namespace

QStringList SecretScan::inRequests(const QList<FakeE2bServer::Received> &requests, const QByteArray &apiKey,
                                   const QByteArray &envdToken, const QByteArray &trafficToken)
{
    QStringList found;
    for (const FakeE2bServer::Received &received : requests) {
        const QString &route = received.route;
        const HttpRequest &request = received.request;
        const QByteArray allowed = route.startsWith(u"api ")    ? QByteArrayLiteral("x-api-key")
                                 : route.startsWith(u"envd ")   ? QByteArrayLiteral("x-access-token")
                                 : route.startsWith(u"port ")   ? QByteArrayLiteral("e2b-traffic-access-token")
                                                                : QByteArray();
        const QByteArray rest = withoutHeader(request, allowed);
        const QByteArray own = request.header(allowed);
        for (const QByteArray &secret : {apiKey, envdToken, trafficToken}) {
            if (secret.isEmpty())
                continue;
            if (rest.contains(secret))
                found << route + u": a secret outside its header";
            else if (own.contains(secret) && secret != (allowed == "x-api-key"        ? apiKey
                                                        : allowed == "x-access-token" ? envdToken
                                                                                      : trafficToken))
                found << route + u": another part's secret in " + QString::fromLatin1(allowed);
        }
        if (route == u"api POST /sandboxes") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QByteArray envVars = QJsonDocument(body.value(u"envVars").toObject()).toJson(QJsonDocument::Compact);
            for (const QByteArray &secret : {apiKey, envdToken, trafficToken}) {
                if (!secret.isEmpty() && envVars.contains(secret))
                    found << route + u": a secret in envVars";
            }
        }
    }
    return found;
}

QStringList SecretScan::inFiles(const QString &dir, const QList<QByteArray> &secrets)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (bytes.contains(secret))
                found << file.fileName();
        }
    }
    return found;
}

QStringList SecretScan::inLines(const QStringList &lines, const QList<QByteArray> &secrets)
{
    QStringList found;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        for (const QByteArray &secret : secrets) {
            if (bytes.contains(secret))
                found << line;
        }
    }
    return found;
}

QStringList SecretScan::inKeychain(SecretStore &store, const QStringList &names, const QByteArray &apiKey,
                                   const QByteArray &envdToken, const QByteArray &trafficToken,
                                   const QString &trafficName)
{
    QStringList found;
    for (const QString &name : names) {
        for (const QByteArray &secret : {apiKey, envdToken, trafficToken}) {
            if (!secret.isEmpty() && name.toUtf8().contains(secret))
                found << u"a secret in the name of keychain entry " + name;
        }
        SecretReading *reading = store.read(name);
        QSignalSpy finished(reading, &AsyncOperation::finished);
        if (!reading->isFinished())
            finished.wait(15000);
        const QByteArray value = reading->value().toUtf8();
        reading->deleteLater();
        if (name == trafficName) {
            if (value != trafficToken && !value.isEmpty())
                found << u"keychain entry " + name + u" holds something else than the traffic token";
            continue;
        }
        for (const QByteArray &secret : {apiKey, envdToken, trafficToken}) {
            if (!secret.isEmpty() && value.contains(secret))
                found << u"a secret in keychain entry " + name;
        }
    }
    return found;
}

void SecretScan::startCapturingLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*=true"));
    QMutexLocker lock(&logMutex);
    logged.clear();
    if (!std::exchange(capturing, true))
        previousHandler = qInstallMessageHandler(captureMessage);
}

QStringList SecretScan::capturedLogs()
{
    QMutexLocker lock(&logMutex);
    return logged;
}
