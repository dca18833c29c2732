// SPDX-License-Identifier: MIT
#pragma once

#include "sourceeditor.h"

#include <QWidget>

// A syntax-highlighted editor for one file of an app. The language follows
// the file's extension: HTML, CSS, JavaScript (and TypeScript), Python and
// JSON; anything else is plain text. The highlighting editor (QScintilla)
// is a plugin loaded when the first CodeEditor is made (see SourceEditor).
class CodeEditor final : public QWidget, private SourceEditorEvents
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Shows `content` as the text of `path`; read-only for binary content.
    void showFile(const QString &path, const QByteArray &content);
    void clearFile();
    // Shows `text` read-only, highlighted as `language` ("Diff" too), with no file.
    void showText(const QString &text, const QString &language);
    QString path() const { return m_path; }
    QByteArray content() const;
    // The highlighted language ("HTML", "CSS", "JavaScript", "Python",
    // "JSON"), or empty for plain text.
    QString language() const;
    bool isReadOnly() const;
    // The editor's widget (a QsciScintilla when the plugin is loaded).
    QWidget *editorWidget() const;

    static QString languageFor(const QString &path);

signals:
    // The user changed the text.
    void edited();

private:
    void sourceEdited() override;

    SourceEditor *m_editor;
    QString m_path;
};
