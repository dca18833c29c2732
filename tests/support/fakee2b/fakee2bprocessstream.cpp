// SPDX-License-Identifier: MIT
#include "fakee2bprocessstream.h"

#include "fakee2bconnection.h"
#include "fakee2bsandbox.h"
#include "fakee2bwire.h"

namespace {
constexpr qsizetype ChunkSize = 32 * 1024;  // envd reads stdout and stderr in 32 KiB pieces

// A StartResponse: {"event":{"<kind>":<payload>}}.
QByteArray processEvent(const QByteArray &kind, const QByteArray &payload)
{
    return FakeE2bWire::wrap("event", FakeE2bWire::wrap(kind, payload));
}
} // namespace

FakeE2bProcessStream::FakeE2bProcessStream(FakeE2bSandbox *sandbox, FakeE2bConnection *connection,
                                           const CommandSpec &spec, std::chrono::seconds keepalive,
                                           std::optional<int> cutAfterFrames)
    : QObject(sandbox)
    , m_sandbox(sandbox)
    , m_connection(connection)
    , m_spec(spec)
    , m_cutAfterFrames(cutAfterFrames)
{
    m_keepalive.setInterval(keepalive);
    connect(&m_keepalive, &QTimer::timeout, this, [this] { writeFrame(processEvent("keepalive", "{}")); });
}

FakeE2bProcessStream::~FakeE2bProcessStream()
{
    if (m_pid)
        m_sandbox->removeProcess(m_pid);
    // Its sandbox was killed mid-stream: E2B's proxy cuts the connection.
    if (m_connection && m_run && !m_run->isFinished())
        m_connection->drop();
}

void FakeE2bProcessStream::start()
{
    m_run = m_sandbox->backing()->start(m_spec);
    m_run->setParent(this);
    connect(m_run, &CommandRun::started, this, &FakeE2bProcessStream::onStarted);
    connect(m_run, &CommandRun::standardOutput, this, [this](const QByteArray &data) { onOutput("stdout", data); });
    connect(m_run, &CommandRun::standardError, this, [this](const QByteArray &data) { onOutput("stderr", data); });
    connect(m_run, &AsyncOperation::finished, this, &FakeE2bProcessStream::onFinished);
}

void FakeE2bProcessStream::kill()
{
    m_killed = true;
    m_run->cancel();
}

void FakeE2bProcessStream::onStarted()
{
    m_pid = m_sandbox->addProcess(this);
    writeFrame(processEvent("start", FakeE2bWire::object({{"pid", qint64(m_pid)}})));
    m_keepalive.start();
}

void FakeE2bProcessStream::onOutput(const char *stream, const QByteArray &data)
{
    for (qsizetype at = 0; at < data.size(); at += ChunkSize) {
        const QString encoded = QString::fromLatin1(data.mid(at, ChunkSize).toBase64());
        writeFrame(processEvent("data", FakeE2bWire::object({{stream, encoded}})));
    }
    m_keepalive.start();  // the interval counts from the last output
}

void FakeE2bProcessStream::onFinished()
{
    m_keepalive.stop();
    if (m_killed) {
        // Go's ProcessState: exit code -1, not "exited", killed by a signal.
        writeFrame(processEvent("end", FakeE2bWire::object({{"exitCode", -1}, {"status", QStringLiteral("signal: killed")},
                                                     {"error", QStringLiteral("signal: killed")}})));
        writeEnd("{}");
    } else if (m_run->timedOut()) {
        writeEnd(R"({"error":)" + FakeE2bWire::connectError("deadline_exceeded", QStringLiteral("context deadline exceeded")) + '}');
    } else if (!m_run->hasStarted()) {
        // What envd checks before starting: the working directory.
        const bool badCwd = m_run->error().message.contains(u"directory", Qt::CaseInsensitive);
        const QByteArray code = badCwd ? "invalid_argument" : "internal";
        const QString message = badCwd ? QStringLiteral("cwd '%1' does not exist").arg(m_spec.workingDirectory)
                                       : QStringLiteral("error starting process: %1").arg(m_run->error().message);
        if (!m_sandbox->backing() || m_run->error().message.contains(u"not running")) {
            if (m_connection)
                m_connection->drop();  // the sandbox is gone: the proxy cuts the stream
        } else {
            writeEnd(R"({"error":)" + FakeE2bWire::connectError(code, message) + '}');
        }
    } else if (!m_run->succeeded()) {
        if (m_connection)
            m_connection->drop();
    } else {
        const int code = m_run->exitCode();
        const QString status = QStringLiteral("exit status %1").arg(code);
        FakeE2bWire::Fields end;
        if (code != 0)
            end.append({"exitCode", code});  // protojson leaves out zeros
        end.append({"exited", true});
        end.append({"status", status});
        if (code != 0)
            end.append({"error", status});
        writeFrame(processEvent("end", FakeE2bWire::object(end)));
        writeEnd("{}");
    }
    deleteLater();
}

void FakeE2bProcessStream::writeFrame(const QByteArray &message)
{
    if (m_cutAfterFrames && *m_cutAfterFrames >= 0 && m_frames >= *m_cutAfterFrames) {
        if (m_connection)
            m_connection->drop();
        m_connection = nullptr;
        return;
    }
    ++m_frames;
    writeBytes(FakeE2bWire::envelope(0x00, message));
}

void FakeE2bProcessStream::writeEnd(const QByteArray &endStream)
{
    if (m_cutAfterFrames) {
        if (m_connection)
            m_connection->drop();
        m_connection = nullptr;
        return;
    }
    writeBytes(FakeE2bWire::envelope(0x02, endStream));
    if (m_connection)
        m_connection->endStream();
}

void FakeE2bProcessStream::writeBytes(const QByteArray &bytes)
{
    if (!m_connection || !m_connection->isOpen())
        return;
    if (!m_headWritten) {
        m_headWritten = true;
        m_connection->beginStream(200, "application/connect+json");
    }
    m_connection->writeChunk(bytes);
}
