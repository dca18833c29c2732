// SPDX-License-Identifier: MIT
#include "llmerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.errors", QtInfoMsg)

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}
} // namespace

LlmErrors::Body LlmErrors::Body::parse(const QByteArray &bytes)
{
    Body body;
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return body;  // e.g. Cloudflare's HTML page for a 413
    const QJsonValue error = document.object().value(u"error");
    if (error.isString()) {
        body.message = error.toString();
        body.parsed = true;
        return body;
    }
    if (!error.isObject())
        return body;
    const QJsonObject object = error.toObject();
    body.parsed = true;
    body.type = object.value(u"type").toString();
    body.message = object.value(u"message").toString();
    const QJsonValue code = object.value(u"code");
    if (code.isDouble())
        body.status = code.toInt();
    body.code = jsonText(code);
    if (body.code.isEmpty())
        body.code = object.value(u"details").toObject().value(u"error_code").toString();
    body.promptTokens = object.value(u"n_prompt_tokens").toInteger();
    body.contextTokens = object.value(u"n_ctx").toInteger();
    return body;
}

int LlmErrors::statusForType(const QString &type)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request_error"), 400},
        {QStringLiteral("exceed_context_size_error"), 400},
        {QStringLiteral("authentication_error"), 401},
        {QStringLiteral("billing_error"), 402},
        {QStringLiteral("permission_error"), 403},
        {QStringLiteral("not_found_error"), 404},
        {QStringLiteral("conflict_error"), 409},
        {QStringLiteral("request_too_large"), 413},
        {QStringLiteral("rate_limit_error"), 429},
        {QStringLiteral("insufficient_quota"), 429},
        {QStringLiteral("api_error"), 500},
        {QStringLiteral("server_error"), 500},
        {QStringLiteral("not_supported_error"), 501},
        {QStringLiteral("unavailable_error"), 503},
        {QStringLiteral("timeout_error"), 504},
        {QStringLiteral("overloaded_error"), 529},
    };
    return statuses.value(type, 0);
}

bool LlmErrors::isSpendLimit(const LlmEndpoint &endpoint, int status, const Body &body, const RetryHints &hints)
{
    if (status != 429)
        return false;
    static const QRegularExpression pattern(
        QStringLiteral(R"(spend|\bcredits?\b|billing|quota|usage limit|on_hold|on hold)"),
        QRegularExpression::CaseInsensitiveOption);
    if (body.type.contains(pattern) || body.code.contains(pattern) || body.message.contains(pattern))
        return true;
    // Anthropic answers a tier spend cap with a 429 that has no retry-after;
    // a real rate limit always says how long to wait. Local servers make no
    // such promise, so the rule is Anthropic's alone.
    return endpoint.provider == u"anthropic" && !hints.retryAfter && hints.shouldRetry != true;
}

SpawnError LlmErrors::forHttpStatus(const LlmEndpoint &endpoint, int status, const QByteArray &bytes,
                                    const RetryHints &hints, const QString &model)
{
    const Body body = Body::parse(bytes);
    return classify(endpoint, status, body, isSpendLimit(endpoint, status, body, hints), model);
}

SpawnError LlmErrors::forStreamError(const LlmEndpoint &endpoint, const Body &body, const QString &model)
{
    const int status = body.status > 0 ? body.status : statusForType(body.type);
    // Inside a stream there are no headers, so only the words can reveal a spend limit.
    const bool spendLimit = isSpendLimit(endpoint, status, body, RetryHints{std::nullopt, std::chrono::milliseconds(1)});
    if (status == 0) {
        return SpawnError::api(tr("%1 reported an error: %2")
                                   .arg(subject(endpoint), detailOf(body)), false);
    }
    return classify(endpoint, status, body, spendLimit, model);
}

SpawnError LlmErrors::classify(const LlmEndpoint &endpoint, int status, const Body &body, bool spendLimit,
                               const QString &model)
{
    const QString who = subject(endpoint);
    const QString detail = detailOf(body);
    if (spendLimit) {
        return SpawnError::user(tr("%1 refused the request: the account has reached its spend, credit or quota limit. "
                                   "Check the plan and billing, then try again (%2)").arg(who, detail));
    }
    if (body.type == u"exceed_context_size_error") {
        // llama-server: the prompt alone is larger than its context (-c).
        const QString server = endpoint.serviceName;
        QString message = tr("The request is too long for the context %1 was started with").arg(server);
        if (body.promptTokens > 0 && body.contextTokens > 0) {
            message = tr("The request needs %1 tokens but %2 was started with a context of %3")
                          .arg(tokenCount(body.promptTokens), server, tokenCount(body.contextTokens));
        }
        return SpawnError::resource(message + tr(": restart llama-server with a larger -c, or choose a shorter request"));
    }
    switch (status) {
    case 400:
    case 422:
        return SpawnError::user(tr("%1 refused the request as invalid: %2").arg(who, detail));
    case 401:
        return SpawnError::user(tr("%1 rejected the API key: update it in Settings").arg(who));
    case 402:
        return SpawnError::user(tr("%1 refused the request because of a billing problem: check the plan and billing (%2)")
                                    .arg(who, detail));
    case 403:
        return SpawnError::user(tr("%1 refused access: the API key may not use this model or resource (%2)")
                                    .arg(who, detail));
    case 404: {
        QString message = tr("%1 does not know the model \"%2\": check the model name in Settings (%3)")
                              .arg(who, model, detail);
        if (endpoint.serviceName == u"Ollama")
            message += tr(". A model must be pulled first: ollama pull %1").arg(model);
        return SpawnError::user(message);
    }
    case 408:
    case 504:
        return SpawnError::api(tr("%1 took too long to answer (%2)").arg(who, detail), true);
    case 409:
        return SpawnError::api(tr("%1 reported a conflict (%2)").arg(who, detail), true);
    case 413:
        return SpawnError::user(tr("The request is too large for %1: shorten the conversation or the prompt")
                                    .arg(endpoint.serviceName));
    case 429:
        return SpawnError::api(tr("%1 rate limit reached: try again in a minute (%2)").arg(who, detail), true);
    case 500:
        return SpawnError::api(tr("%1 had an internal error (%2)").arg(who, detail), true);
    case 502:
    case 503:
        return SpawnError::api(tr("%1 is unavailable right now (%2)").arg(who, detail), true);
    case 529:
        return SpawnError::api(tr("%1 is overloaded right now: try again in a moment").arg(who), true);
    default:
        break;
    }
    if (status >= 500)
        return SpawnError::api(tr("%1 failed with HTTP %2 (%3)").arg(who, QString::number(status), detail), true);
    return SpawnError::user(tr("%1 refused the request with HTTP %2 (%3)").arg(who, QString::number(status), detail));
}

SpawnError LlmErrors::forNetworkError(const LlmEndpoint &endpoint, QNetworkReply::NetworkError error,
                                      const QString &detail)
{
    const QString base = endpoint.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    qCDebug(lc) << "network error" << error << detail;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return SpawnError::api(tr("Could not make a secure connection to %1: %2").arg(base, detail), false);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        if (endpoint.local)
            return SpawnError::api(tr("Could not reach %1: is %2 running?").arg(base, endpoint.serviceName), true);
        return SpawnError::api(tr("Could not reach %1 at %2: check the internet connection (%3)")
                                   .arg(endpoint.serviceName, base, detail), true);
    default:
        return SpawnError::api(tr("The connection to %1 at %2 failed: %3").arg(endpoint.serviceName, base, detail),
                               true);
    }
}

SpawnError LlmErrors::inactivity(const LlmEndpoint &endpoint, std::chrono::milliseconds timeout)
{
    return SpawnError::api(tr("%1 sent nothing for %2 s: the request timed out")
                               .arg(subject(endpoint), QString::number(double(timeout.count()) / 1000.0)), true);
}

SpawnError LlmErrors::truncated(const LlmEndpoint &endpoint, const QString &detail)
{
    QString message = tr("The reply from %1 ended before it was complete").arg(endpoint.serviceName);
    if (!detail.isEmpty())
        message += u" (" + detail + u')';
    return SpawnError::api(message, true);
}

SpawnError LlmErrors::unexpectedBody(const LlmEndpoint &endpoint, const QString &detail)
{
    return SpawnError::api(tr("%1 sent an answer SpawnAI cannot read: %2").arg(subject(endpoint), detail), false);
}

QString LlmErrors::tokenCount(qint64 tokens)
{
    if (tokens < 10000)
        return QString::number(tokens);
    return tr("%1K").arg(qRound64(double(tokens) / 1024.0));
}

SpawnError LlmErrors::contextTooSmall(const QString &model, qint64 context, qint64 needed, qint64 answerRoom)
{
    QString message = tr("%1 holds %2 tokens; this request needs %3: choose a larger model or a shorter answer limit")
                          .arg(model, tokenCount(context), tokenCount(needed));
    if (answerRoom > 0)
        message += tr(" (at most %1 tokens of answer would fit)").arg(answerRoom);
    else
        message += tr(" (the prompt alone does not fit)");
    return SpawnError::resource(message);
}

SpawnError LlmErrors::loadedContextTooSmall(const QString &server, const QString &model, qint64 loaded,
                                            qint64 needed, bool lmStudio)
{
    const QString how = lmStudio
        ? tr("raise the context length of %1 in LM Studio (the context slider in its load settings) to at least %2 and load it again")
              .arg(model, tokenCount(needed))
        : tr("restart llama-server with -c %1 or more").arg(needed);
    return SpawnError::resource(tr("%1 runs %2 with a context of %3 tokens; this request needs %4: %5")
                                    .arg(server, model, tokenCount(loaded), tokenCount(needed), how));
}

SpawnError LlmErrors::contextFull(const QString &model)
{
    return SpawnError::resource(tr("The answer of %1 filled its context before it was complete: choose a model "
                                   "with a larger context or a shorter answer limit").arg(model));
}

SpawnError LlmErrors::noVision(const QString &model)
{
    return SpawnError::user(tr("%1 cannot read images: choose a model with vision, or leave the images out").arg(model));
}

SpawnError LlmErrors::afterText(SpawnError error)
{
    error.message += tr(". Part of the reply had already arrived, so it was not retried automatically: "
                        "continue or regenerate it");
    return error;
}

SpawnError LlmErrors::afterAttempts(SpawnError error, int attempts)
{
    if (attempts > 1)
        error.message += tr(" (gave up after %n attempts)", nullptr, attempts);
    return error;
}

QString LlmErrors::subject(const LlmEndpoint &endpoint)
{
    QString name = endpoint.serviceName;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();  // "the model server" opens a sentence
    return name;
}

QString LlmErrors::detailOf(const Body &body)
{
    if (!body.message.isEmpty())
        return body.message;
    if (!body.type.isEmpty())
        return body.type;
    return tr("no details given");
}
