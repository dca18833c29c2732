// SPDX-License-Identifier: MIT
#pragma once

#include "diff/versiondiff.h"

#include <QWidget>

class CodeEditor;
class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class SessionStore;

// What a change changed: two versions of the session's app compared, file
// by file. The changed files are listed (added, deleted, modified, with
// their lines); the selected one shows unified (highlighted by QScintilla
// when its plugin is there) or side by side. Defaults to the latest
// version against the one before, as `spawnai diff` does.
class VersionDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDiffView)

public:
    explicit VersionDiffView(const SessionStore *store, QWidget *parent = nullptr);
    ~VersionDiffView() override;

    // Reads the session's versions again and compares the default pair.
    void showSession(const QString &sessionId);
    // Compares `from` with `to` (version numbers; 0: none, every file added).
    void compare(int from, int to);
    void setSideBySide(bool sideBySide);

    const VersionDiff &diff() const { return m_diff; }
    QStringList changedPaths() const;
    bool selectFile(const QString &path);
    // What the view shows for the selected file (for tests and the clipboard).
    QString shownText() const;

private:
    void onVersionChosen();
    void showSelectedFile();
    static QString sideBySideHtml(const FileDiff &file);

    const SessionStore *m_store;
    QString m_sessionId;
    VersionDiff m_diff;
    QComboBox *m_from;
    QComboBox *m_to;
    QButtonGroup *m_layout;
    QLabel *m_summary;
    QListWidget *m_files;
    QStackedWidget *m_pages;
    CodeEditor *m_unified = nullptr;
    QTextBrowser *m_sideBySide;
    bool m_filling = false;
};
