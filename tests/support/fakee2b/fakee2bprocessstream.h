// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxtypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class CommandRun;
class FakeE2bConnection;
class FakeE2bSandbox;

// One process.Process/Start call: runs the command in the local sandbox
// and writes envd's Connect stream (start, data, keepalive, end, then the
// end-of-stream frame). The process outlives the stream: a client that
// disconnects leaves it running, as envd does, until it exits or is killed.
class FakeE2bProcessStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bProcessStream)

public:
    // `cutAfterFrames` >= 0 drops the connection after that many frames;
    // -1 sends everything but the end-of-stream frame; unset: no fault.
    FakeE2bProcessStream(FakeE2bSandbox *sandbox, FakeE2bConnection *connection, const CommandSpec &spec,
                         std::chrono::seconds keepalive, std::optional<int> cutAfterFrames);
    ~FakeE2bProcessStream() override;

    void start();
    // SendSignal: the process ends as killed by a signal.
    void kill();
    quint32 pid() const { return m_pid; }

private:
    void onStarted();
    void onOutput(const char *stream, const QByteArray &data);
    void onFinished();
    void writeFrame(const QByteArray &message);
    void writeEnd(const QByteArray &endStream);
    void writeBytes(const QByteArray &bytes);

    FakeE2bSandbox *m_sandbox;
    QPointer<FakeE2bConnection> m_connection;
    CommandSpec m_spec;
    std::optional<int> m_cutAfterFrames;
    CommandRun *m_run = nullptr;
    QTimer m_keepalive;
    quint32 m_pid = 0;
    int m_frames = 0;
    bool m_headWritten = false;
    bool m_killed = false;
};
