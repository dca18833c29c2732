// SPDX-License-Identifier: MIT
#include "plainsourceeditor.h"

#include <QFontDatabase>

PlainSourceEditor::PlainSourceEditor(QWidget *parent, SourceEditorEvents *events)
    : QPlainTextEdit(parent)
    , m_events(events)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_events->sourceEdited();
    });
}

PlainSourceEditor::~PlainSourceEditor() = default;

void PlainSourceEditor::setText(const QString &text, const QString &language, bool readOnly)
{
    Q_UNUSED(language)
    m_loading = true;
    setReadOnly(false);
    setPlainText(text);
    setReadOnly(readOnly);
    m_loading = false;
}
