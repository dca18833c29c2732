// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class SessionLogView;
class SessionWatcher;
class SessionManager;

// The Logs tab: the live log (SessionLogView) with a search box that
// highlights every match and steps through them, and copy buttons.
class SessionLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLogPane)

public:
    SessionLogPane(SessionManager *manager, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionLogPane() override;

    SessionLogView *view() const { return m_view; }
    void setSessionId(const QString &sessionId);

    // Moves the selection to the next (or previous) match, wrapping round.
    bool findNext();
    bool findPrevious();
    int matchCount() const { return m_matches; }
    void copyAll();
    void copySelection();

private:
    bool find(bool backward);
    void highlight();

    SessionLogView *m_view;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_found;
    QToolButton *m_copyAll;
    QToolButton *m_copySelection;
    int m_matches = 0;
};
