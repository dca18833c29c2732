// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QPushButton;
class QToolButton;
class SessionFilterButton;
class SessionListModel;
class SessionStore;

// The left side of the window: a search field over the prompts with a
// filter button (status, app type, sandbox) beside it, a line that says
// which filters are in force, the session history (newest first) and a
// button back to the template gallery. Reports which session the user
// picked; an empty id means none.
class SessionSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSidebar)

public:
    explicit SessionSidebar(SessionStore *store, QWidget *parent = nullptr);
    ~SessionSidebar() override;

    QString currentSessionId() const { return m_currentId; }
    // Selects the session (clearing a search and filters that hide it); an
    // empty id clears the selection.
    void selectSession(const QString &sessionId);
    void focusSearch();

    // What the list's context menu offers for the session under the
    // pointer (made the shown one first): the window's session actions.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    // The context menu while it is open (popup(), not exec()), else null.
    QMenu *contextMenu() const;

    SessionListModel *model() const { return m_model; }
    SessionFilterButton *filterButton() const { return m_filterButton; }

signals:
    void currentSessionChanged(const QString &sessionId);
    // The Delete key on a session in the list.
    void deleteRequested(const QString &sessionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void applyFilter();
    void setCurrentId(const QString &sessionId);
    void showContextMenu(const QPoint &position);
    // The shown session's row is going (a delete): its neighbour is shown
    // next, below it or else above it, and the list keeps the focus.
    void rememberNeighbour(int first, int last);
    void selectNeighbour();
    // An empty list says why: no sessions yet (try a template), or none
    // matches the search and filters (Clear).
    void updateEmptyState();
    void clearSearchAndFilters();

    SessionListModel *m_model;
    QLineEdit *m_search;
    SessionFilterButton *m_filterButton;
    QWidget *m_filterBar;
    QLabel *m_filterSummary;
    QToolButton *m_clearFilters;
    QListView *m_list;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyButton;
    QPushButton *m_newButton;
    QString m_currentId;
    QList<QAction *> m_contextActions;
    QPointer<QMenu> m_contextMenu;
    QString m_neighbourId;
    bool m_neighbourPending = false;
    // While the filter changes, a selection that disappears is not the
    // user's choice: the main area keeps showing it.
    bool m_filtering = false;
};
