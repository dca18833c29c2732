// SPDX-License-Identifier: MIT
#include "scintillaeditor.h"

#include <QFontDatabase>

#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>

namespace {
QsciLexer *makeLexer(const QString &language, QObject *parent)
{
    if (language == u"HTML")
        return new QsciLexerHTML(parent);
    if (language == u"CSS")
        return new QsciLexerCSS(parent);
    if (language == u"JavaScript")
        return new QsciLexerJavaScript(parent);
    if (language == u"Python")
        return new QsciLexerPython(parent);
    if (language == u"JSON")
        return new QsciLexerJSON(parent);
    if (language == u"Diff")
        return new QsciLexerDiff(parent);
    return nullptr;
}
} // namespace

ScintillaEditor::ScintillaEditor(QWidget *parent, SourceEditorEvents *events)
    : QsciScintilla(parent)
    , m_events(events)
{
    setUtf8(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(fixed);
    setMarginsFont(fixed);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setPaper(palette().color(QPalette::Base));
    setColor(palette().color(QPalette::Text));
    setMarginsBackgroundColor(palette().color(QPalette::Window));
    setMarginsForegroundColor(palette().color(QPalette::WindowText));
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading)
            m_events->sourceEdited();
    });
}

ScintillaEditor::~ScintillaEditor() = default;

void ScintillaEditor::setText(const QString &text, const QString &language, bool readOnly)
{
    m_loading = true;
    if (language != this->language())
        useLexerFor(language);
    setReadOnly(false);
    QsciScintilla::setText(text);
    setReadOnly(readOnly);
    setModified(false);
    m_loading = false;
}

QString ScintillaEditor::language() const
{
    return m_lexer ? QString::fromLatin1(m_lexer->language()) : QString();
}

void ScintillaEditor::useLexerFor(const QString &language)
{
    setLexer(nullptr);
    delete m_lexer;
    m_lexer = makeLexer(language, this);
    if (!m_lexer)
        return;
    m_lexer->setDefaultFont(font());
    m_lexer->setFont(font());
    // The lexers' colours assume a light background; on a dark palette the
    // page and plain text follow the palette instead.
    const QPalette colours = palette();
    if (colours.color(QPalette::Base).lightness() < 128) {
        m_lexer->setPaper(colours.color(QPalette::Base));
        m_lexer->setDefaultPaper(colours.color(QPalette::Base));
        m_lexer->setDefaultColor(colours.color(QPalette::Text));
        m_lexer->setColor(colours.color(QPalette::Text), 0);
    }
    setLexer(m_lexer);
}
