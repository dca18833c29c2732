// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QVBoxLayout>

#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

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
    return nullptr;
}

bool looksBinary(const QByteArray &content)
{
    return content.contains('\0');
}
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QsciScintilla(this))
{
    setObjectName(QStringLiteral("codeEditorArea"));
    m_editor->setObjectName(QStringLiteral("codeEditor"));
    m_editor->setAccessibleName(tr("File contents"));
    m_editor->setUtf8(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(fixed);
    m_editor->setMarginsFont(fixed);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setTabWidth(4);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setAutoIndent(true);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setPaper(palette().color(QPalette::Base));
    m_editor->setColor(palette().color(QPalette::Text));
    m_editor->setMarginsBackgroundColor(palette().color(QPalette::Window));
    m_editor->setMarginsForegroundColor(palette().color(QPalette::WindowText));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    clearFile();
}

CodeEditor::~CodeEditor() = default;

QString CodeEditor::languageFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return QStringLiteral("HTML");
    if (suffix == u"css")
        return QStringLiteral("CSS");
    if (suffix == u"js" || suffix == u"mjs" || suffix == u"cjs" || suffix == u"jsx" || suffix == u"ts"
        || suffix == u"tsx")
        return QStringLiteral("JavaScript");
    if (suffix == u"py")
        return QStringLiteral("Python");
    if (suffix == u"json")
        return QStringLiteral("JSON");
    return {};
}

void CodeEditor::showFile(const QString &path, const QByteArray &content)
{
    m_loading = true;
    const QString language = languageFor(path);
    if (language != this->language()) {
        m_editor->setLexer(nullptr);
        delete m_lexer;
        m_lexer = makeLexer(language, this);
        if (m_lexer) {
            m_lexer->setDefaultFont(m_editor->font());
            m_lexer->setFont(m_editor->font());
            // The lexers' colours assume a light background; on a dark
            // palette the page and plain text follow the palette instead.
            const QPalette colours = palette();
            if (colours.color(QPalette::Base).lightness() < 128) {
                m_lexer->setPaper(colours.color(QPalette::Base));
                m_lexer->setDefaultPaper(colours.color(QPalette::Base));
                m_lexer->setDefaultColor(colours.color(QPalette::Text));
                m_lexer->setColor(colours.color(QPalette::Text), 0);
            }
            m_editor->setLexer(m_lexer);
        }
    }
    m_path = path;
    const bool binary = looksBinary(content);
    m_editor->setReadOnly(false);
    m_editor->setText(binary ? tr("(a binary file of %n byte(s); it cannot be edited here)", nullptr,
                                  int(content.size()))
                             : QString::fromUtf8(content));
    m_editor->setReadOnly(binary);
    m_editor->setModified(false);
    m_loading = false;
}

void CodeEditor::clearFile()
{
    m_loading = true;
    m_path.clear();
    m_editor->setReadOnly(false);
    m_editor->clear();
    m_editor->setReadOnly(true);
    m_loading = false;
}

QByteArray CodeEditor::content() const
{
    return m_editor->text().toUtf8();
}

QString CodeEditor::language() const
{
    return m_lexer ? QString::fromLatin1(m_lexer->language()) : QString();
}

bool CodeEditor::isReadOnly() const
{
    return m_editor->isReadOnly();
}
