// SPDX-License-Identifier: MIT
#pragma once

#include "sourceeditor.h"

#include <QPlainTextEdit>

// The code view's editor when the QScintilla plugin cannot be loaded:
// the same files and edits, without highlighting.
class PlainSourceEditor final : public QPlainTextEdit, public SourceEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainSourceEditor)

public:
    PlainSourceEditor(QWidget *parent, SourceEditorEvents *events);
    ~PlainSourceEditor() override;

    QWidget *widget() override { return this; }
    void setText(const QString &text, const QString &language, bool readOnly) override;
    QString text() const override { return toPlainText(); }
    QString language() const override { return {}; }
    bool isReadOnly() const override { return QPlainTextEdit::isReadOnly(); }

private:
    SourceEditorEvents *m_events;
    bool m_loading = false;
};
