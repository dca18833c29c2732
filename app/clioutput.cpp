// SPDX-License-Identifier: MIT
#include "clioutput.h"

#include "billing/budget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace {
void write(FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}
} // namespace

CliOutput::CliOutput(bool json)
    : m_json(json)
{
}

QJsonObject CliOutput::errorObject(const SpawnError &error)
{
    return {{QStringLiteral("kind"), errorKindToString(error.kind)},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("retryable"), error.retryable}};
}

void CliOutput::status(const QString &sessionId, SessionStatus status, const QString &detail, const QUrl &url,
                       const SpawnError &error)
{
    if (m_json) {
        QJsonObject event{{QStringLiteral("event"), QStringLiteral("status")},
                          {QStringLiteral("session"), sessionId},
                          {QStringLiteral("status"), sessionStatusToString(status)}};
        if (!detail.isEmpty())
            event.insert(QStringLiteral("detail"), detail);
        if (!url.isEmpty())
            event.insert(QStringLiteral("url"), url.toString());
        if (error.isError())
            event.insert(QStringLiteral("error"), errorObject(error));
        object(event);
        return;
    }
    if (status == SessionStatus::Ready) {
        line(QCoreApplication::translate("CliOutput", "Ready: %1   (Ctrl-C stops it)").arg(url.toString()));
    } else if (error.isError()) {
        line(QStringLiteral("%1: %2").arg(sessionStatusToString(status), error.message));
    } else {
        line(QStringLiteral("%1%2").arg(sessionStatusToString(status).leftJustified(13),
                                        detail.isEmpty() ? QString() : detail));
    }
}

void CliOutput::step(const QString &sessionId, SessionStatus status, const QString &step, const QString &title,
                     const QString &phase, qint64 milliseconds)
{
    if (m_json) {
        QJsonObject event{{QStringLiteral("event"), QStringLiteral("step")},
                          {QStringLiteral("session"), sessionId},
                          {QStringLiteral("status"), sessionStatusToString(status)},
                          {QStringLiteral("step"), step},
                          {QStringLiteral("phase"), phase}};
        if (milliseconds >= 0)
            event.insert(QStringLiteral("ms"), milliseconds);
        object(event);
        return;
    }
    if (phase == u"finished")
        line(QStringLiteral("  %1 (%2 ms)").arg(title).arg(milliseconds));
}

void CliOutput::log(const QString &sessionId, SessionStatus status, const QByteArray &data)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("log")},
                {QStringLiteral("session"), sessionId},
                {QStringLiteral("status"), sessionStatusToString(status)},
                {QStringLiteral("text"), QString::fromUtf8(data)}});
        return;
    }
    write(stderr, data);
}

void CliOutput::file(const QString &sessionId, SessionStatus status, const QString &path)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("file")}, {QStringLiteral("session"), sessionId},
                {QStringLiteral("status"), sessionStatusToString(status)}, {QStringLiteral("path"), path}});
        return;
    }
    line(QStringLiteral("  + %1").arg(path));
}

void CliOutput::cost(const QString &sessionId, SessionStatus status, const LlmUsageRecord &request,
                     const SessionCost &session)
{
    const qint64 inputTokens = request.inputTokens + request.cacheWriteTokens + request.cacheReadTokens;
    if (m_json) {
        QJsonObject event{{QStringLiteral("event"), QStringLiteral("cost")},
                          {QStringLiteral("session"), sessionId},
                          {QStringLiteral("status"), sessionStatusToString(status)},
                          {QStringLiteral("purpose"), request.part},
                          {QStringLiteral("step"), request.purpose},
                          {QStringLiteral("model"), request.model},
                          {QStringLiteral("priced"), request.isPriced()},
                          {QStringLiteral("priceStatus"), priceStatusToString(request.priceStatus)},
                          {QStringLiteral("inputTokens"), inputTokens},
                          {QStringLiteral("outputTokens"), request.outputTokens},
                          {QStringLiteral("cacheWriteTokens"), request.cacheWriteTokens},
                          {QStringLiteral("cacheReadTokens"), request.cacheReadTokens},
                          {QStringLiteral("cost"), request.cost},
                          {QStringLiteral("cacheSaved"), request.isPriced() ? request.uncachedCost - request.cost : 0.0},
                          {QStringLiteral("total"), session.total()},
                          {QStringLiteral("totalPriced"), session.isPriced()}};
        if (!request.isPriced()) {
            event.insert(QStringLiteral("unpriced"), QJsonObject{{QStringLiteral("inputTokens"), inputTokens},
                                                                 {QStringLiteral("outputTokens"), request.outputTokens}});
        }
        object(event);
        return;
    }
    const QString price = request.isPriced() ? QStringLiteral("$%1").arg(request.cost, 0, 'f', 4)
                                             : tr("price unknown for %1 (set it in Settings > Budget > Prices)").arg(request.model);
    QString total = QStringLiteral("$%1").arg(session.total(), 0, 'f', 4);
    if (!session.isPriced())
        total += tr(" + %n request(s) of unknown price", nullptr, session.unpricedRequests);
    line(tr("  model %1: %2 tokens in, %3 out, %4 (session %5)")
             .arg(request.part)
             .arg(inputTokens)
             .arg(request.outputTokens)
             .arg(price, total));
}

void CliOutput::repair(const QString &sessionId, SessionStatus status, int round, const SpawnError &reason)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("repair")}, {QStringLiteral("session"), sessionId},
                {QStringLiteral("status"), sessionStatusToString(status)}, {QStringLiteral("round"), round},
                {QStringLiteral("error"), errorObject(reason)}});
        return;
    }
    line(QStringLiteral("repair %1: %2").arg(round).arg(reason.message.section(u'\n', 0, 0)));
}

void CliOutput::budget(int percent, double spent, double budget)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("budget")}, {QStringLiteral("percent"), percent},
                {QStringLiteral("spent"), spent}, {QStringLiteral("budget"), budget}});
        return;
    }
    line(QCoreApplication::translate("CliOutput", "Budget: %1 % of the monthly budget is spent (%2 of %3)")
             .arg(percent)
             .arg(Budget::formatUsd(spent), Budget::formatUsd(budget)));
}

void CliOutput::budgetStop(double spent, double budget, const QStringList &sessionIds)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("budget-stop")}, {QStringLiteral("percent"), 100},
                {QStringLiteral("spent"), spent}, {QStringLiteral("budget"), budget},
                {QStringLiteral("sessions"), QJsonArray::fromStringList(sessionIds)}});
        return;
    }
    line(QCoreApplication::translate("CliOutput", "Budget: the monthly budget of %1 is spent (%2); stopped %3")
             .arg(Budget::formatUsd(budget), Budget::formatUsd(spent), sessionIds.join(QStringLiteral(", "))));
}

void CliOutput::expiry(const QString &sessionId, SessionStatus status, const QDateTime &expiresAt)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("expiry")}, {QStringLiteral("session"), sessionId},
                {QStringLiteral("status"), sessionStatusToString(status)},
                {QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate)}});
        return;
    }
    const qint64 minutes = std::max<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(expiresAt) + 59) / 60);
    line(QCoreApplication::translate("CliOutput", "The sandbox expires in %n minute(s), at %1; the app stops then",
                                     nullptr, int(minutes))
             .arg(QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void CliOutput::object(QJsonObject object)
{
    if (!object.contains(u"time"))
        object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::stillRunning(const QString &sessionId, SessionStatus status, const QString &sandboxId,
                             const SpawnError &error, std::chrono::seconds nextTry)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("still-running")}, {QStringLiteral("session"), sessionId},
                {QStringLiteral("status"), sessionStatusToString(status)}, {QStringLiteral("sandboxId"), sandboxId},
                {QStringLiteral("nextTry"), qint64(nextTry.count())}, {QStringLiteral("error"), errorObject(error)}});
        return;
    }
    line(tr("%1 is still running on E2B (sandbox %2: %3); SpawnAI keeps trying to stop it (next try in %n s)",
            nullptr, int(nextTry.count()))
             .arg(sessionId, sandboxId, error.message));
}

void CliOutput::stillRunningAfterStop(const QString &sessionId, const QDateTime &expiresAt)
{
    const QString endsAt = expiresAt.isValid() ? QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)
                                               : tr("its timeout");
    error(tr("%1 is still running on E2B: E2B did not confirm the kill of its sandbox within 15 s, and the session "
             "keeps its status until it does. SpawnAI tries again every time the window or a spawnai command other "
             "than `costs` starts with the E2B key (E2B_API_KEY or the keychain), and while the window is open; "
             "`spawnai stop %1` tries again now. If nothing does, E2B ends it at %2.")
              .arg(sessionId, endsAt));
}

void CliOutput::line(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void CliOutput::warning(const QString &text)
{
    write(stderr, QStringLiteral("spawnai: %1\n").arg(text).toUtf8());
}

void CliOutput::error(const QString &text)
{
    if (m_json) {
        object({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), text}});
        return;
    }
    write(stderr, QStringLiteral("spawnai: %1\n").arg(text).toUtf8());
}
