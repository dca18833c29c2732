// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class PreviewPane;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QToolButton;
class SessionActions;
class SessionLogView;
class SessionManager;
class SessionRunner;
class SessionTimeline;
class StatusBadge;

// The main area for one session: its title, status, URL and what to do
// about it (Stop, Redeploy, Open in browser), the stored error in plain
// words, the model's cost so far, and tabs with the timeline, the log, the
// files the model writes and a live preview. Under the tabs, a ready
// generated app takes a follow-up: a change for the model to make.
class SessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    SessionView(SessionManager *manager, SessionActions *actions, QWidget *parent = nullptr);
    ~SessionView() override;

    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

    void showPreview();
    void reloadPreview();
    PreviewPane *preview() const { return m_preview; }

    // Sends the follow-up line to the model (what Send does).
    void sendFollowUp();

signals:
    // Something the user should read in the message bar.
    void errorOccurred(const QString &message);

private:
    void refresh();
    void follow(SessionRunner *runner);
    void showCost(double cost);
    void updateFollowUpEnabled();
    QToolButton *makeButton(QAction *action, const QString &objectName, const QString &accessibleName);

    SessionManager *m_manager;
    SessionActions *m_actions;
    QString m_sessionId;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_details;
    QLabel *m_url;
    QWidget *m_errorArea;
    QLabel *m_errorText;
    QToolButton *m_retryButton;
    QToolButton *m_stopButton;
    QToolButton *m_redeployButton;
    QToolButton *m_openButton;
    QTabWidget *m_tabs;
    SessionTimeline *m_timeline;
    SessionLogView *m_log;
    PreviewPane *m_preview;
    QListWidget *m_files;
    QLabel *m_cost;
    QWidget *m_followUpArea;
    QLineEdit *m_followUpEdit;
    QPushButton *m_sendButton;
    QPointer<SessionRunner> m_runner;
    QList<QMetaObject::Connection> m_runnerConnections;
    bool m_followUpPossible = false;
};
