// SPDX-License-Identifier: MIT
#pragma once

#include "sourceeditor.h"

#include <Qsci/qsciscintilla.h>

class QsciLexer;

// A QScintilla editor with line numbers, the system's fixed font, colours
// from the palette, and a lexer per language: HTML, CSS, JavaScript (also
// for TypeScript), Python and JSON.
class ScintillaEditor final : public QsciScintilla, public SourceEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScintillaEditor)

public:
    ScintillaEditor(QWidget *parent, SourceEditorEvents *events);
    ~ScintillaEditor() override;

    QWidget *widget() override { return this; }
    using QsciScintilla::setText;
    void setText(const QString &text, const QString &language, bool readOnly) override;
    QString text() const override { return QsciScintilla::text(); }
    QString language() const override;
    bool isReadOnly() const override { return QsciScintilla::isReadOnly(); }

private:
    void useLexerFor(const QString &language);

    SourceEditorEvents *m_events;
    QsciLexer *m_lexer = nullptr;
    bool m_loading = false;
};
