// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include "plainsourceeditor.h"
#include "uiplugins.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace {
bool looksBinary(const QByteArray &content)
{
    return content.contains('\0');
}

SourceEditor *createEditor(QWidget *parent, SourceEditorEvents *events)
{
    QString error;
    if (auto *factory = UiPlugins::instance<SourceEditorFactory>(QStringLiteral("spawnai-codeeditor"), &error))
        return factory->createEditor(parent, events);
    return new PlainSourceEditor(parent, events);
}
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(createEditor(this, this))
{
    setObjectName(QStringLiteral("codeEditorArea"));
    QWidget *editor = m_editor->widget();
    editor->setObjectName(QStringLiteral("codeEditor"));
    editor->setAccessibleName(tr("File contents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    clearFile();
}

CodeEditor::~CodeEditor()
{
    // Before our members: the editor reports to us while it goes.
    delete m_editor->widget();
}

QWidget *CodeEditor::editorWidget() const
{
    return m_editor->widget();
}

void CodeEditor::sourceEdited()
{
    emit edited();
}

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
    m_path = path;
    const bool binary = looksBinary(content);
    m_editor->setText(binary ? tr("(a binary file of %n byte(s); it cannot be edited here)", nullptr,
                                  int(content.size()))
                             : QString::fromUtf8(content),
                      languageFor(path), binary);
}

void CodeEditor::showText(const QString &text, const QString &language)
{
    m_path.clear();
    m_editor->setText(text, language, true);
}

void CodeEditor::clearFile()
{
    m_path.clear();
    m_editor->setText({}, {}, true);
}

QByteArray CodeEditor::content() const
{
    return m_editor->text().toUtf8();
}

QString CodeEditor::language() const
{
    return m_editor->language();
}

bool CodeEditor::isReadOnly() const
{
    return m_editor->isReadOnly();
}
