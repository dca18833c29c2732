// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class PreviewPane;
class QLabel;
class QTabWidget;
class QToolButton;
class SessionActions;
class SessionLogView;
class SessionManager;
class SessionTimeline;
class StatusBadge;

// The main area for one session: its title, status, URL and what to do
// about it (Stop, Redeploy, Open in browser), the stored error in plain
// words, and tabs with the timeline, the log and a live preview.
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

private:
    void refresh();
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
};
