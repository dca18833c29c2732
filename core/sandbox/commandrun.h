// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "secrets/appenvironment.h"

#include <memory>

class SecretRedactor;

// A command running in a sandbox, in the foreground or in the background.
// started() fires once the process runs; output streams until it exits.
// finished() fires when it has exited: error() is set only when it could not
// run, timed out, was cancelled or was killed by a limit; a plain non-zero
// exit is exitCode() != 0 with no error.
class CommandRun : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRun)

public:
    explicit CommandRun(QObject *parent = nullptr);
    ~CommandRun() override;

    bool hasStarted() const { return m_started; }
    int exitCode() const { return m_exitCode; }
    bool timedOut() const { return m_timedOut; }
    // The last lines of combined output, for error messages.
    QString outputTail(int lines = 20) const;
    // Hides these values in all output from now on, signals and tail alike
    // (the app's environment: SecretRedactor). Set right after start(),
    // before the loop delivers any output.
    void redact(const AppEnvironment::Values &values);

    // For providers.
    void markStarted();
    void appendStandardOutput(const QByteArray &data);
    void appendStandardError(const QByteArray &data);
    void markExited(int exitCode);
    void markTimedOut(const SpawnError &error);

signals:
    void started();
    void standardOutput(const QByteArray &data);
    void standardError(const QByteArray &data);

private:
    void keepTail(const QByteArray &data);
    void flushRedacted();

    bool m_started = false;
    bool m_timedOut = false;
    int m_exitCode = -1;
    QByteArray m_tail;
    std::unique_ptr<SecretRedactor> m_outRedactor;
    std::unique_ptr<SecretRedactor> m_errRedactor;
};
