// SPDX-License-Identifier: MIT
#include "sessionstartrequest.h"

#include "apiimages.h"
#include "deploy/manifest.h"
#include "deploy/packagespec.h"
#include "secrets/appenvironment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SessionStartRequest", text);
}

constexpr int MaxFiles = 500;
constexpr int MaxTimeoutSeconds = 24 * 3600;

bool takeString(const QJsonObject &object, const QString &field, QString *out, ApiError *error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *error = ApiError::badRequest(tr("\"%1\" must be a string").arg(field), field);
        return false;
    }
    *out = value.toString();
    return true;
}

bool oneOf(const QString &field, const QString &value, const QStringList &allowed, ApiError *error)
{
    if (allowed.contains(value))
        return true;
    *error = ApiError::badRequest(tr("\"%1\" is one of %2, not \"%3\"")
                                      .arg(field, allowed.join(QStringLiteral(", ")), value),
                                  field);
    return false;
}

bool takeFiles(const QJsonObject &object, SessionStartRequest *out, ApiError *error)
{
    const QJsonValue value = object.value(u"files");
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > MaxFiles) {
        *error = ApiError::badRequest(tr("\"files\" must be a list of 1 to %1 {path, content} objects").arg(MaxFiles),
                                      QStringLiteral("files"));
        return false;
    }
    const QJsonArray files = value.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString field = QStringLiteral("files[%1]").arg(i);
        const QJsonObject file = files.at(i).toObject();
        for (auto it = file.constBegin(); it != file.constEnd(); ++it) {
            if (it.key() != u"path" && it.key() != u"content") {
                *error = ApiError::badRequest(tr("Unknown field \"%1\"").arg(field + u'.' + it.key()),
                                              field + u'.' + it.key());
                return false;
            }
        }
        if (!files.at(i).isObject() || !file.value(u"path").isString() || !file.value(u"content").isString()) {
            *error = ApiError::badRequest(tr("%1 must be an object with the strings \"path\" and \"content\"")
                                              .arg(field),
                                          field);
            return false;
        }
        out->files.append({file.value(u"path").toString(), file.value(u"content").toString().toUtf8(), false});
    }
    return true;
}
// NAME: "value" strings. A refusal names the variable, never its value.
bool takeEnvironment(const QJsonObject &object, SessionStartRequest *out, ApiError *error)
{
    const QJsonValue value = object.value(u"env");
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = ApiError::badRequest(tr("\"env\" must be an object of NAME: \"value\" strings"), QStringLiteral("env"));
        return false;
    }
    const QJsonObject environment = value.toObject();
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = ApiError::badRequest(tr("\"env.%1\" must be a string").arg(it.key().left(70)),
                                          QStringLiteral("env"));
            return false;
        }
        out->environment.insert(it.key(), it.value().toString());
    }
    if (const SpawnError refused = AppEnvironment::check(out->environment); refused.isError()) {
        *error = ApiError::badRequest(refused.message, QStringLiteral("env"));
        return false;
    }
    return true;
}

// Package names, each as `spawnai spawn --allow-scripts` takes them.
bool takeAllowScripts(const QJsonObject &object, SessionStartRequest *out, ApiError *error)
{
    const QJsonValue value = object.value(u"allowScripts");
    if (value.isUndefined())
        return true;
    const QString field = QStringLiteral("allowScripts");
    if (!value.isArray() || value.toArray().size() > Manifest::MaxPackages) {
        *error = ApiError::badRequest(tr("\"allowScripts\" must be a list of at most %1 package names")
                                          .arg(Manifest::MaxPackages), field);
        return false;
    }
    for (const QJsonValue &name : value.toArray()) {
        SpawnError refused;
        if (!PackageSpec::validateApproval(name.toString(), &refused)) {
            *error = ApiError::badRequest(refused.message, field);
            return false;
        }
        out->allowScripts << name.toString();
    }
    return true;
}
} // namespace

std::optional<SessionStartRequest> SessionStartRequest::parse(const QByteArray &body, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ApiError::badRequest(tr("The body must be a JSON object (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    static const QStringList Known{QStringLiteral("prompt"),   QStringLiteral("template"), QStringLiteral("files"),
                                   QStringLiteral("manifest"), QStringLiteral("appType"),  QStringLiteral("provider"),
                                   QStringLiteral("model"),    QStringLiteral("baseUrl"),  QStringLiteral("sandbox"),
                                   QStringLiteral("internet"), QStringLiteral("timeoutSeconds"), QStringLiteral("images"),
                                   QStringLiteral("env"),      QStringLiteral("allowScripts")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!Known.contains(it.key())) {
            *error = ApiError::badRequest(tr("Unknown field \"%1\"").arg(it.key()), it.key());
            return std::nullopt;
        }
    }
    SessionStartRequest request;
    if (!takeString(object, QStringLiteral("prompt"), &request.prompt, error)
        || !takeString(object, QStringLiteral("template"), &request.templateName, error)
        || !takeString(object, QStringLiteral("appType"), &request.appType, error)
        || !takeString(object, QStringLiteral("provider"), &request.provider, error)
        || !takeString(object, QStringLiteral("model"), &request.model, error)
        || !takeString(object, QStringLiteral("baseUrl"), &request.baseUrl, error)
        || !takeString(object, QStringLiteral("sandbox"), &request.sandbox, error) || !takeFiles(object, &request, error)
        || !takeEnvironment(object, &request, error) || !takeAllowScripts(object, &request, error))
        return std::nullopt;
    if (const QJsonValue manifest = object.value(u"manifest"); !manifest.isUndefined()) {
        if (!manifest.isObject()) {
            *error = ApiError::badRequest(tr("\"manifest\" must be an object (spawnai.json)"), QStringLiteral("manifest"));
            return std::nullopt;
        }
        request.manifestJson = QJsonDocument(manifest.toObject()).toJson(QJsonDocument::Compact);
    }
    if (const QJsonValue internet = object.value(u"internet"); !internet.isUndefined()) {
        if (!internet.isBool()) {
            *error = ApiError::badRequest(tr("\"internet\" must be true or false"), QStringLiteral("internet"));
            return std::nullopt;
        }
        request.internet = internet.toBool();
    }
    if (const QJsonValue timeout = object.value(u"timeoutSeconds"); !timeout.isUndefined()) {
        const double seconds = timeout.toDouble(-1);
        // The range first: a double beyond qint64 converted to it is undefined.
        if (!timeout.isDouble() || seconds < 1 || seconds > MaxTimeoutSeconds || seconds != double(qint64(seconds))) {
            *error = ApiError::badRequest(tr("\"timeoutSeconds\" must be a whole number from 1 to %1")
                                              .arg(MaxTimeoutSeconds),
                                          QStringLiteral("timeoutSeconds"));
            return std::nullopt;
        }
        request.timeoutSeconds = int(seconds);
    }
    const int sources = int(!request.prompt.trimmed().isEmpty()) + int(!request.templateName.isEmpty())
        + int(!request.files.isEmpty());
    if (sources != 1) {
        *error = ApiError::badRequest(tr("Give exactly one of \"prompt\", \"template\" or \"files\""),
                                      object.contains(u"prompt") ? QStringLiteral("prompt") : QStringLiteral("template"));
        return std::nullopt;
    }
    if (!request.files.isEmpty() && request.manifestJson.isEmpty()) {
        *error = ApiError::badRequest(tr("\"files\" needs a \"manifest\""), QStringLiteral("manifest"));
        return std::nullopt;
    }
    if (request.files.isEmpty() && !request.manifestJson.isEmpty()) {
        *error = ApiError::badRequest(tr("\"manifest\" goes with \"files\""), QStringLiteral("manifest"));
        return std::nullopt;
    }
    if (!oneOf(QStringLiteral("appType"), request.appType,
               {QStringLiteral("webapp"), QStringLiteral("api"), QStringLiteral("script"), QStringLiteral("auto")}, error)
        || !oneOf(QStringLiteral("provider"), request.provider, {QStringLiteral("anthropic"), QStringLiteral("openai")},
                  error)
        || !oneOf(QStringLiteral("sandbox"), request.sandbox, sandboxKindNames(), error))
        return std::nullopt;
    if (!request.baseUrl.isEmpty()) {
        const QUrl url(request.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            *error = ApiError::badRequest(tr("\"baseUrl\" must be an http or https address"), QStringLiteral("baseUrl"));
            return std::nullopt;
        }
    }
    const std::optional<QList<PromptImage>> images = ApiImages::parse(object.value(u"images"), error);
    if (!images)
        return std::nullopt;
    request.images = *images;
    if (!request.images.isEmpty() && request.prompt.trimmed().isEmpty()) {
        *error = ApiError::badRequest(tr("\"images\" go with a \"prompt\""), QStringLiteral("images"));
        return std::nullopt;
    }
    if (!request.prompt.isEmpty() && request.provider == u"openai" && request.model.isEmpty()) {
        *error = ApiError::badRequest(tr("\"provider\": \"openai\" needs a \"model\""), QStringLiteral("model"));
        return std::nullopt;
    }
    return request;
}
