// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QStringDecoder>

class SessionManager;
class SessionRunner;
class SessionWatcher;

// The output of a session's commands and app. Shows the stored tail of the
// session log, then follows the runner's output live while this process
// runs the session (also after a redeploy starts a new runner), and the
// feed's session.log changes while another process runs it.
class SessionLogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLogView)

public:
    static constexpr int MaxLines = 5000;

    SessionLogView(SessionManager *manager, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionLogView() override;

    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

private:
    void follow(SessionRunner *runner);
    void appendOutput(const QByteArray &data);
    void onLogWritten(const QString &sessionId, qint64 from, qint64 to);

    SessionManager *m_manager;
    QString m_sessionId;
    QPointer<SessionRunner> m_runner;
    QMetaObject::Connection m_outputConnection;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    // How far into the log file this view has read (output of another process).
    qint64 m_fileEnd = 0;
};
