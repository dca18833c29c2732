// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QsciLexer;
class QsciScintilla;

// A syntax-highlighted editor (QScintilla) for one file of an app. The
// lexer follows the file's extension: HTML, CSS, JavaScript (and
// TypeScript), Python and JSON; anything else is plain text.
class CodeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Shows `content` as the text of `path`; read-only for binary content.
    void showFile(const QString &path, const QByteArray &content);
    void clearFile();
    QString path() const { return m_path; }
    QByteArray content() const;
    // The lexer's language ("HTML", "CSS", "JavaScript", "Python", "JSON"),
    // or empty for plain text.
    QString language() const;
    bool isReadOnly() const;
    QsciScintilla *scintilla() const { return m_editor; }

    static QString languageFor(const QString &path);

signals:
    // The user changed the text.
    void edited();

private:
    QsciScintilla *m_editor;
    QsciLexer *m_lexer = nullptr;
    QString m_path;
    bool m_loading = false;
};
