// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QStringDecoder>

class SessionManager;
class SessionRunner;

// The output of a session's commands and app. Shows the stored tail of the
// session log, then follows the runner's output live while this process
// runs the session (also after a redeploy starts a new runner).
class SessionLogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLogView)

public:
    static constexpr int MaxLines = 5000;

    explicit SessionLogView(SessionManager *manager, QWidget *parent = nullptr);
    ~SessionLogView() override;

    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

private:
    void follow(SessionRunner *runner);
    void appendOutput(const QByteArray &data);

    SessionManager *m_manager;
    QString m_sessionId;
    QPointer<SessionRunner> m_runner;
    QMetaObject::Connection m_outputConnection;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};
