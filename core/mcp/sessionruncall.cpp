// SPDX-License-Identifier: MIT
#include "sessionruncall.h"

#include "apiclient.h"
#include "apireply.h"
#include "sessionwatch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcSessionRun, "spawnai.mcp.run")

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// The host's DELETE; its answer only matters to the log.
void stopSession(ApiClient *client, const QString &id)
{
    qCInfo(lcSessionRun) << "cancelled: stopping session" << id;
    ApiReply *stop = client->stopSession(id);
    stop->setParent(client);
    QObject::connect(stop, &AsyncOperation::finished, client, [stop] {
        if (!stop->succeeded())
            qCWarning(lcSessionRun) << "could not stop a cancelled session:" << stop->error().message;
        stop->deleteLater();
    });
}
} // namespace

SessionRunCall *SessionRunCall::spawn(ApiClient *client, HostLocator *locator, const QJsonObject &body, bool wait)
{
    return new SessionRunCall(client, locator, Kind::Spawn, body, wait);
}

SessionRunCall *SessionRunCall::change(ApiClient *client, HostLocator *locator, const QString &sessionId,
                                       const QString &text, bool wait)
{
    auto *call = new SessionRunCall(client, locator, Kind::Change, {{QStringLiteral("text"), text}}, wait);
    call->m_sessionId = sessionId;
    return call;
}

SessionRunCall::SessionRunCall(ApiClient *client, HostLocator *locator, Kind kind, const QJsonObject &body, bool wait)
    : McpToolCall(client, locator)
    , m_kind(kind)
    , m_body(body)
    , m_wait(wait)
{
}

SessionRunCall::~SessionRunCall()
{
    if (!isFinished())
        cancel();
}

void SessionRunCall::run()
{
    m_reply = m_kind == Kind::Spawn ? client()->startSession(m_body)
                                    : client()->sendMessage(m_sessionId, m_body.value(u"text").toString());
    m_reply->setParent(this);
    connect(m_reply, &AsyncOperation::finished, this, &SessionRunCall::onBegun);
}

void SessionRunCall::onBegun()
{
    ApiReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    if (!reply->succeeded()) {
        finishWithError(reply->error());
        return;
    }
    m_begun = reply->json();
    m_sessionId = m_begun.value(u"id").toString(m_sessionId);
    reportStatus(m_begun);
    if (!m_wait) {
        finishWithResult(result(m_begun), tr("Session %1 is %2.").arg(m_sessionId, m_begun.value(u"status").toString()));
        return;
    }
    QJsonObject first = m_begun;
    first.insert(QStringLiteral("id"), m_sessionId);
    m_watch = new SessionWatch(client(), first,
                               m_kind == Kind::Spawn ? SessionWatch::Until::Ready : SessionWatch::Until::NewVersion, this);
    connect(m_watch, &SessionWatch::statusChanged, this, &SessionRunCall::reportStatus);
    connect(m_watch, &AsyncOperation::finished, this, &SessionRunCall::onWatched);
    m_watch->start();
}

void SessionRunCall::onWatched()
{
    SessionWatch *watch = std::exchange(m_watch, nullptr);
    watch->deleteLater();
    const QJsonObject session = watch->session();
    if (!watch->succeeded()) {
        finishWithToolError(watch->error(), result(session));
        return;
    }
    const QString url = session.value(u"url").toString();
    finishWithResult(result(session), url.isEmpty() ? tr("Session %1 is ready.").arg(m_sessionId)
                                                    : tr("The app is ready at %1 (session %2).").arg(url, m_sessionId));
}

void SessionRunCall::reportStatus(const QJsonObject &session)
{
    const QString status = session.value(u"status").toString();
    const QString url = session.value(u"url").toString();
    emit progress(url.isEmpty() || status != u"ready" ? tr("Session %1: %2").arg(m_sessionId, status)
                                                      : tr("Session %1: %2 at %3").arg(m_sessionId, status, url));
}

QJsonObject SessionRunCall::result(const QJsonObject &session) const
{
    QJsonObject result{{QStringLiteral("sessionId"), m_sessionId},
                       {QStringLiteral("status"), session.value(u"status").toString()},
                       {QStringLiteral("url"), orNull(session.value(u"url"))},
                       {QStringLiteral("error"), orNull(session.value(u"error"))}};
    for (const char16_t *estimate : {u"estimatedCost", u"estimatedSeconds"}) {
        if (const QJsonValue value = m_begun.value(QStringView(estimate)); value.isDouble())
            result.insert(QString::fromUtf16(estimate), value);
    }
    // Only a full session object (from GET), not the start's short answer.
    if (session.contains(u"createdAt") || session.contains(u"versions"))
        result.insert(QStringLiteral("session"), session);
    return result;
}

void SessionRunCall::abortWork()
{
    McpToolCall::abortWork();
    if (m_watch) {
        disconnect(m_watch, nullptr, this, nullptr);
        m_watch->cancel();
    }
    if (m_kind == Kind::Change) {
        // The change was asked for; it is not ours to take back.
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->cancel();
        }
        return;
    }
    stopStarted();
}

void SessionRunCall::stopStarted()
{
    ApiClient *api = client();
    if (ApiReply *starting = std::exchange(m_reply, nullptr)) {
        // The host may already have made the session: wait for its id, then stop it.
        disconnect(starting, nullptr, this, nullptr);
        starting->setParent(api);
        connect(starting, &AsyncOperation::finished, api, [api, starting] {
            starting->deleteLater();
            if (starting->succeeded())
                stopSession(api, starting->json().value(u"id").toString());
        });
        return;
    }
    if (!m_sessionId.isEmpty())
        stopSession(api, m_sessionId);
}
