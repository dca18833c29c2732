// SPDX-License-Identifier: MIT
#include "e2berrors.h"

#include "e2bapikey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// The plan whose longest run an account of `maximum` has: the longest that
// fits, or the shortest when none does.
Plan planFor(std::chrono::seconds maximum)
{
    Plan fitting = Plan::Hobby;
    for (const Plan plan : {Plan::Hobby, Plan::Pro}) {
        if (planLimits(plan).maxLifetime <= maximum)
            fitting = plan;
    }
    return fitting;
}
} // namespace

QString E2bErrors::messageOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message").toString();
    if (!message.isEmpty())
        return message;
    // An HTML page (a proxy, or a browser-looking client) says nothing useful.
    if (body.trimmed().startsWith('<'))
        return {};
    return QString::fromUtf8(body.left(300)).simplified();
}

SpawnError E2bErrors::accountAllows(std::chrono::seconds accountMaximum)
{
    const int hours = std::max(1, int((accountMaximum.count() + 1800) / 3600));
    return SpawnError::user(tr("Your E2B account allows at most %n hour(s): set the plan to %1", nullptr, hours)
                                .arg(planDisplayName(planFor(std::chrono::hours(hours)))));
}

std::optional<Plan> E2bErrors::planToSet(const SpawnError &error)
{
    if (error.kind != ErrorKind::User)
        return std::nullopt;
    // The message as written now, in whatever language: accountAllows() for
    // each plan's own longest run is what can be stored.
    for (const Plan plan : {Plan::Hobby, Plan::Pro}) {
        if (error.message == accountAllows(planLimits(plan).maxLifetime).message)
            return plan;
    }
    return std::nullopt;
}

QString E2bErrors::waitReason(const QByteArray &body)
{
    const QString said = messageOf(body);
    // "you have reached the maximum number of concurrent E2B sandboxes (20)"
    static const QRegularExpression concurrent(QStringLiteral("maximum number of concurrent[^(]*\\((\\d+)\\)"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = concurrent.match(said); match.hasMatch())
        return tr("E2B's limit of sandboxes at once for this account (%1) is reached").arg(match.captured(1));
    if (said.contains(u"concurrent", Qt::CaseInsensitive))
        return tr("E2B's limit of sandboxes at once for this account is reached");
    return said.isEmpty() ? tr("E2B asks to wait: too many requests")
                          : tr("E2B asks to wait: too many requests (%1)").arg(said);
}

SpawnError E2bErrors::invalidKey()
{
    return SpawnError::user(tr("The E2B API key is invalid: E2B refused it. Check the key in Settings, API keys "
                               "(or E2B_API_KEY); keys start with e2b_."));
}

SpawnError E2bErrors::missingKey()
{
    return SpawnError::user(tr("No E2B API key: add one in Settings, API keys, or set E2B_API_KEY."));
}

SpawnError E2bErrors::malformedKey()
{
    return SpawnError::user(tr("The E2B API key does not look like an E2B key: it is e2b_ followed by at least %1 hex "
                               "digits (0-9, a-f). Check the key in Settings, API keys (or E2B_API_KEY).")
                                .arg(E2bApiKey::MinHexDigits));
}

SpawnError E2bErrors::forHttpStatus(int status, const QByteArray &body, const QString &what)
{
    const QString message = messageOf(body);
    const QString detail = message.isEmpty() ? tr("HTTP %1").arg(status) : message;
    switch (status) {
    case 401:
        return invalidKey();
    case 403:
        return SpawnError::user(tr("E2B refused to %1: %2").arg(what, detail));
    case 400: {
        // Asked for more than the account's plan allows (a plan chosen here
        // above the account's): what to set says more than E2B's words.
        static const QRegularExpression tooLong(QStringLiteral("Timeout cannot be greater than (\\d+) hours?"));
        if (const QRegularExpressionMatch match = tooLong.match(message); match.hasMatch())
            return accountAllows(std::chrono::hours(match.captured(1).toInt()));
        return SpawnError::api(tr("E2B refused to %1 as a bad request: %2").arg(what, detail), false);
    }
    case 404:
        return SpawnError::api(tr("Could not %1: E2B does not know it (%2)").arg(what, detail), false);
    case 409:
        return SpawnError::api(tr("Could not %1 now: %2").arg(what, detail), true);
    case 429:
        return SpawnError::api(tr("E2B asks to wait before it can %1: %2").arg(what, detail), true);
    default:
        break;
    }
    if (status >= 500)
        return SpawnError::api(tr("E2B failed to %1 (HTTP %2): %3").arg(what).arg(status).arg(detail), true);
    return SpawnError::api(tr("Could not %1: E2B answered HTTP %2 (%3)").arg(what).arg(status).arg(detail), false);
}

SpawnError E2bErrors::forNetworkError(QNetworkReply::NetworkError error, const QString &detail, const QString &what)
{
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return SpawnError::api(tr("Could not %1: E2B did not answer in time").arg(what), true);
    if (error == QNetworkReply::SslHandshakeFailedError)
        return SpawnError::api(tr("Could not %1: the secure connection to E2B failed (%2)").arg(what, detail), false);
    return SpawnError::api(tr("Could not %1: E2B could not be reached (%2)").arg(what, detail), true);
}
