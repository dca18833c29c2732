// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Lines on standard input and output, for the MCP stdio transport: input is
// read as it arrives without blocking the event loop (a notifier on fd 0),
// output is written whole, one line at a time. Nothing else may write to
// stdout while it is in use.
class StdioChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdioChannel)

public:
    explicit StdioChannel(QObject *parent = nullptr);
    ~StdioChannel() override;

    // Writes `line` and a newline to stdout; false once stdout is closed.
    bool writeLine(const QByteArray &line);

signals:
    void lineReceived(const QByteArray &line);
    // Standard input ended: the client closed it (MCP's shutdown).
    void inputClosed();
    // Standard output is closed: nobody reads the answers any more.
    void outputClosed();

private:
    void readAvailable();

    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
    bool m_discarding = false;  // the rest of a line that was too long
    bool m_outputClosed = false;
};
