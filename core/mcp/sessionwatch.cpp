// SPDX-License-Identifier: MIT
#include "sessionwatch.h"

#include "apiclient.h"
#include "apireply.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcSessionWatch, "spawnai.mcp.watch")

// Short enough that a status a run passes through quickly is still seen
// most of the time; a local host answers this in well under a millisecond.
constexpr std::chrono::milliseconds PollInterval{250};
// A host that restarts is back within seconds; one that stays away ends the watch.
constexpr int MaxFailedPolls = 40;

bool isTerminal(const QString &status)
{
    return status == u"stopped" || status == u"expired" || status == u"failed" || status == u"cancelled";
}

SpawnError endedError(const QJsonObject &session)
{
    const QJsonObject error = session.value(u"error").toObject();
    const QString message = error.value(u"message").toString();
    if (!message.isEmpty()) {
        SpawnError spawnError{errorKindFromString(error.value(u"kind").toString()), message,
                              error.value(u"recoverable").toBool()};
        if (!spawnError.isError())
            spawnError.kind = ErrorKind::System;
        return spawnError;
    }
    return SpawnError::user(QCoreApplication::translate("SessionWatch", "The session ended (%1) before it was ready")
                                .arg(session.value(u"status").toString()));
}
} // namespace

SessionWatch::SessionWatch(ApiClient *client, const QJsonObject &session, Until until, QObject *parent)
    : AsyncOperation(parent)
    , m_client(client)
    , m_session(session)
    , m_until(until)
    , m_id(session.value(u"id").toString())
    , m_lastStatus(session.value(u"status").toString())
    , m_firstVersions(session.value(u"versions").toInt())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(PollInterval);
    connect(&m_timer, &QTimer::timeout, this, &SessionWatch::poll);
}

SessionWatch::~SessionWatch()
{
    if (m_reply)
        m_reply->cancel();
}

void SessionWatch::start()
{
    // The first answer may already tell (a template that is ready at once is
    // not, but a follow-up the host refused to start is): look from the loop.
    QTimer::singleShot(0, this, [this] { see(m_session); });
}

void SessionWatch::abortWork()
{
    m_timer.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

void SessionWatch::poll()
{
    m_reply = m_client->session(m_id);
    m_reply->setParent(this);
    connect(m_reply, &AsyncOperation::finished, this, [this] {
        m_reply->deleteLater();
        if (m_reply->succeeded()) {
            m_failedPolls = 0;
            see(m_reply->json());
            return;
        }
        qCInfo(lcSessionWatch) << "poll of" << m_id << "failed:" << m_reply->error().message;
        // A session that is gone (deleted) will not come back.
        if (m_reply->httpStatus() == 404 || ++m_failedPolls >= MaxFailedPolls) {
            finishWithError(m_reply->error());
            return;
        }
        m_timer.start();
    });
}

void SessionWatch::see(const QJsonObject &session)
{
    if (isFinished())
        return;
    m_session = session;
    const QString status = session.value(u"status").toString();
    if (status != m_lastStatus) {
        m_lastStatus = status;
        emit statusChanged(session);
    }
    if (status != u"ready")
        m_leftReady = true;
    if (isTerminal(status)) {
        finishWithError(endedError(session));
        return;
    }
    const bool done = status == u"ready"
        && (m_until == Until::Ready || m_leftReady || session.value(u"versions").toInt() > m_firstVersions);
    if (done) {
        finishSuccess();
        return;
    }
    m_timer.start();
}
