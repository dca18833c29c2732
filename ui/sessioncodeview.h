// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class CodeEditor;
class LiveFileView;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class SessionManager;
class SessionWatcher;
class SessionRunner;
class VersionDiffView;

// The Code tab: the app's files as a tree and the selected one in a
// syntax-highlighted editor. While the model writes the app, each file
// appears as soon as it starts and its text shows as it arrives
// (LiveFileView); the stored version's contents follow when it is saved.
// Edited files are marked, and "Save and redeploy" hands them to
// SessionManager::deployEdited(), which stores a new version. Changes
// shows what a version changed against another (VersionDiffView).
class SessionCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCodeView)

public:
    // Follows the session through `watcher` (SessionActions::watcher()).
    SessionCodeView(SessionManager *manager, SessionWatcher *watcher, QWidget *parent = nullptr);
    ~SessionCodeView() override;

    void setSessionId(const QString &sessionId);
    void follow(SessionRunner *runner);

    QStringList filePaths() const;
    bool selectFile(const QString &path);
    // Created the first time the tab is shown or a file is opened: QScintilla
    // costs start-up time the window should not pay up front.
    CodeEditor *editor();
    QStringList editedPaths() const { return m_edits.keys(); }
    // Stores and deploys the edited files (what the button does).
    void deployEdits();
    // Shows what a change changed (the Changes button) instead of the files.
    void showChanges(bool show);
    VersionDiffView *changesView() const { return m_changes; }
    LiveFileView *liveView() const { return m_live; }

signals:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    QTreeWidgetItem *itemFor(const QString &path, bool create);
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void onEdited();
    void markItem(const QString &path);
    void updateButtons();
    // The file being written instead of the editor, or the editor again.
    void showLive(bool live);

    SessionManager *m_manager;
    QString m_sessionId;
    QPointer<SessionRunner> m_runner;
    QList<QMetaObject::Connection> m_runnerConnections;
    QTreeWidget *m_tree;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    QStackedWidget *m_fileArea;  // the file being written, or the editor
    LiveFileView *m_live;
    VersionDiffView *m_changes;
    QPushButton *m_changesButton;
    CodeEditor *m_editor = nullptr;
    QLabel *m_status;
    QPushButton *m_deployButton;
    QPushButton *m_revertButton;
    QHash<QString, QByteArray> m_stored;  // path → content of the latest version
    QHash<QString, QByteArray> m_edits;   // path → the user's text
    int m_version = 0;
};
