// SPDX-License-Identifier: MIT
#include "stdiochannel.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcStdio, "spawnai.mcp.stdio")

// A spawn_app with its images inline is the largest message; the host takes
// such JSON bodies up to 32 MiB, so a line well beyond that is not a message.
constexpr qsizetype MaxLine = 48 * 1024 * 1024;
}

StdioChannel::StdioChannel(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    // A client that closes our stdout must not kill us with SIGPIPE before
    // a cancelled spawn's session is stopped: write() says EPIPE instead.
    std::signal(SIGPIPE, SIG_IGN);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioChannel::readAvailable);
}

StdioChannel::~StdioChannel() = default;

bool StdioChannel::writeLine(const QByteArray &line)
{
    if (m_outputClosed)
        return false;
    QByteArray data = line + '\n';
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            qCWarning(lcStdio) << "standard output is closed";
            m_outputClosed = true;
            emit outputClosed();
            return false;
        }
        written += n;
    }
    return true;
}

void StdioChannel::readAvailable()
{
    char chunk[65536];
    ssize_t n;
    do {
        n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        m_notifier->setEnabled(false);
        emit inputClosed();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype start = 0;
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n', start)) {
        QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (std::exchange(m_discarding, false))
            continue;
        if (line.endsWith('\r'))
            line.chop(1);
        emit lineReceived(line);
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLine) {
        // Too long to be a message: say so once (a parse error), then skip to its end.
        if (!m_discarding)
            emit lineReceived(m_buffer.left(64));
        m_discarding = true;
        m_buffer.clear();
    }
}
