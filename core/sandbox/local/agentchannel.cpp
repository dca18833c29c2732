// SPDX-License-Identifier: MIT
#include "agentchannel.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>

namespace {
Q_LOGGING_CATEGORY(lcAgent, "spawnai.sandbox.agent", QtInfoMsg)
}

AgentChannel::AgentChannel(QProcess *process, QObject *parent)
    : QObject(parent)
    , m_process(process)
{
    connect(m_process, &QProcess::readyReadStandardOutput, this, &AgentChannel::readEvents);
}

AgentChannel::~AgentChannel() = default;

qint64 AgentChannel::send(QJsonObject request)
{
    const qint64 id = m_nextId++;
    request.insert(QStringLiteral("id"), id);
    QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact);
    line.append('\n');
    m_process->write(line);
    return id;
}

void AgentChannel::readEvents()
{
    m_inbox.append(m_process->readAllStandardOutput());
    qsizetype newline;
    while ((newline = m_inbox.indexOf('\n')) >= 0) {
        const QByteArray line = m_inbox.left(newline);
        m_inbox.remove(0, newline + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty()) {
            qCWarning(lcAgent) << "unreadable line from the sandbox agent";
            continue;
        }
        if (object.value(u"event").toString() == u"ready" && !object.contains(u"id"))
            emit agentReady();
        else
            emit agentEvent(object.value(u"id").toInteger(), object);
    }
}
