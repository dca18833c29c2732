// SPDX-License-Identifier: MIT
#pragma once

#include "connectframeparser.h"
#include "sandbox/commandrun.h"
#include "sandbox/sandboxtypes.h"

#include <QPointer>
#include <QNetworkRequest>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// A command in an E2B sandbox: process.Process/Start over Connect's JSON
// streaming. Frames: start{pid}, data{stdout|stderr} (base64), end{exitCode}
// (absent when 0), keepalive, then the end-of-stream frame, which may carry
// the call's error. A stream that ends without that frame is an error.
// cancel() kills the process with SendSignal SIGKILL through `killer`.
class E2bProcessRun final : public CommandRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bProcessRun)

public:
    using Killer = std::function<void(quint32 pid)>;

    E2bProcessRun(QNetworkAccessManager *network, const QNetworkRequest &request, const CommandSpec &spec,
                  Killer killer, QObject *parent = nullptr);
    ~E2bProcessRun() override;

    // Sends the request once back in the event loop.
    void start();
    quint32 pid() const { return m_pid; }

signals:
    // The E2B proxy said the sandbox is gone.
    void sandboxGone();

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    bool handleFrame(const ConnectEnvelope &frame);
    void handleEvent(const QJsonObject &event);
    void finishWith(const SpawnError &error);
    void dropReply();
    void killProcess();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    CommandSpec m_spec;
    Killer m_killer;
    QPointer<QNetworkReply> m_reply;  // a child of the network manager, which may go first
    QTimer *m_deadline;
    ConnectFrameParser m_parser;
    QByteArray m_errorBody;
    QString m_endError;
    quint32 m_pid = 0;
    int m_exitCode = 0;
    bool m_sawEnd = false;
};
