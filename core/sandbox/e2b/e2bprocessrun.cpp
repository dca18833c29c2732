// SPDX-License-Identifier: MIT
#include "e2bprocessrun.h"

#include "connecterror.h"
#include "e2blog.h"
#include "envdrequestfactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace {
// envd ends the call itself at Connect-Timeout-Ms; ours is a backstop.
constexpr qint64 DeadlineGraceMs = 5000;
}

E2bProcessRun::E2bProcessRun(QNetworkAccessManager *network, const QNetworkRequest &request,
                             const CommandSpec &spec, Killer killer, QObject *parent)
    : CommandRun(parent)
    , m_network(network)
    , m_request(request)
    , m_spec(spec)
    , m_killer(std::move(killer))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &E2bProcessRun::onDeadline);
    setAbortHandler([this] {
        killProcess();
        dropReply();
    });
}

E2bProcessRun::~E2bProcessRun()
{
    // PendingOperation's destructor would run the abort handler once this
    // object's members (the killer) are gone: a run still going is aborted
    // here instead. When the sandbox itself is being deleted (SpawnAI quits
    // and keeps it running), the killer's pointer to it is already null and
    // the app's process is left alone.
    setAbortHandler(nullptr);
    if (!isFinished())
        killProcess();
    dropReply();
}

void E2bProcessRun::start()
{
    QMetaObject::invokeMethod(this, &E2bProcessRun::send, Qt::QueuedConnection);
}

void E2bProcessRun::send()
{
    if (isFinished())
        return;
    if (m_spec.argv.isEmpty()) {
        fail(SpawnError::system(tr("No command to run")));
        return;
    }
    qCDebug(lcE2b) << "start" << m_spec.argv.constFirst() << "in" << m_spec.workingDirectory << "timeout"
                   << m_spec.timeout.count() << "ms";
    const QByteArray body = ConnectEnvelope::encode(EnvdRequestFactory::startMessage(m_spec));
    m_reply = m_network->post(m_request, body);
    connect(m_reply, &QNetworkReply::readyRead, this, &E2bProcessRun::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &E2bProcessRun::onFinished);
    if (m_spec.timeout.count() > 0)
        m_deadline->start(std::chrono::milliseconds(m_spec.timeout.count() + DeadlineGraceMs));
}

void E2bProcessRun::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status != 200) {
        m_errorBody.append(bytes.left(64 * 1024 - m_errorBody.size()));
        return;
    }
    QList<ConnectEnvelope> frames;
    const bool readable = m_parser.feed(bytes, &frames);
    const QPointer<E2bProcessRun> self(this);
    for (const ConnectEnvelope &frame : std::as_const(frames)) {
        if (!handleFrame(frame) || !self || isFinished())
            return;
    }
    if (!readable)
        finishWith(SpawnError::api(tr("The command's output stream is unreadable: %1").arg(m_parser.errorString()),
                                   false));
}

bool E2bProcessRun::handleFrame(const ConnectEnvelope &frame)
{
    if (frame.isEndStream()) {
        const ConnectError error = ConnectError::fromEndStream(frame.payload);
        if (error.code == u"deadline_exceeded") {
            dropReply();
            markTimedOut(SpawnError::resource(tr("%1 did not finish within %2 s")
                                                  .arg(m_spec.argv.value(0))
                                                  .arg(m_spec.timeout.count() / 1000.0)));
        } else if (error.isError()) {
            finishWith(error.toSpawnError(tr("run %1").arg(m_spec.argv.value(0))));
        } else if (!m_sawEnd) {
            finishWith(SpawnError::api(tr("The command's stream ended without its exit status"), false));
        } else if (!m_endError.isEmpty() && m_exitCode == 0) {
            finishWith(SpawnError::system(tr("%1 failed: %2").arg(m_spec.argv.value(0), m_endError)));
        } else {
            dropReply();
            markExited(m_exitCode);
        }
        return false;
    }
    const QJsonObject message = QJsonDocument::fromJson(frame.payload).object();
    handleEvent(message.value(u"event").toObject());
    return true;
}

void E2bProcessRun::handleEvent(const QJsonObject &event)
{
    if (const QJsonValue start = event.value(u"start"); start.isObject()) {
        m_pid = quint32(start.toObject().value(u"pid").toInteger());
        markStarted();
    } else if (const QJsonValue data = event.value(u"data"); data.isObject()) {
        const QJsonObject chunk = data.toObject();
        if (const QJsonValue out = chunk.value(u"stdout"); out.isString())
            appendStandardOutput(QByteArray::fromBase64(out.toString().toLatin1()));
        if (const QJsonValue err = chunk.value(u"stderr"); err.isString())
            appendStandardError(QByteArray::fromBase64(err.toString().toLatin1()));
    } else if (const QJsonValue end = event.value(u"end"); end.isObject()) {
        // protojson leaves defaults out: no exitCode means 0.
        const QJsonObject ended = end.toObject();
        m_sawEnd = true;
        m_exitCode = int(ended.value(u"exitCode").toInteger(0));
        // "error" repeats a non-zero exit ("exit status 1"); alone it means the wait failed.
        m_endError = ended.value(u"error").toString();
    }
    // keepalive: nothing to do; receiving it restarted Qt's transfer timeout.
}

void E2bProcessRun::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (isFinished() || !m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString what = tr("run %1").arg(m_spec.argv.value(0));
    if (!status.isValid()) {
        finishWith(SpawnError::api(tr("Could not %1: the sandbox could not be reached (%2)")
                                       .arg(what, reply->errorString()),
                                   true));
        return;
    }
    if (status.toInt() != 200) {
        const ConnectError error = ConnectError::fromHttp(status.toInt(), m_errorBody);
        if (error.isSandboxGone())
            emit sandboxGone();
        finishWith(error.toSpawnError(what));
        return;
    }
    // A 200 stream must end with its end-of-stream frame; a cut is an error.
    finishWith(SpawnError::api(tr("The command's output stream was cut before it ended (%1)")
                                   .arg(reply->error() == QNetworkReply::NoError ? tr("no end frame")
                                                                                 : reply->errorString()),
                               true));
}

void E2bProcessRun::onDeadline()
{
    if (isFinished())
        return;
    killProcess();
    dropReply();
    markTimedOut(SpawnError::resource(tr("%1 did not finish within %2 s")
                                          .arg(m_spec.argv.value(0))
                                          .arg(m_spec.timeout.count() / 1000.0)));
}

void E2bProcessRun::finishWith(const SpawnError &error)
{
    dropReply();
    m_deadline->stop();
    qCInfo(lcE2b) << "command" << m_spec.argv.value(0) << "failed:" << error.message;
    fail(error);
}

void E2bProcessRun::killProcess()
{
    // Aborting the request alone leaves the process running in the sandbox.
    if (m_pid != 0 && m_killer)
        m_killer(m_pid);
}

void E2bProcessRun::dropReply()
{
    m_deadline->stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
