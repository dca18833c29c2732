// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtPlugin>

class QWidget;

// What CodeEditor needs of a source editor. QScintilla (and Qt Print
// Support, which it pulls in) costs a third of the window's start-up, so
// the highlighting editor is a plugin (ui/plugins/codeeditor) loaded when
// the Code tab first shows a file; without it, PlainSourceEditor shows the
// files unhighlighted. Plain C++, like PreviewBrowser.
class SourceEditor
{
public:
    virtual ~SourceEditor() = default;

    // The editor's widget; deleting it deletes the editor.
    virtual QWidget *widget() = 0;
    // Shows `text`, highlighted as `language` ("HTML", "CSS", "JavaScript",
    // "Python", "JSON", "Diff"; empty for plain text). Not reported as an edit.
    virtual void setText(const QString &text, const QString &language, bool readOnly) = 0;
    virtual QString text() const = 0;
    // The language being highlighted, empty for none.
    virtual QString language() const = 0;
    virtual bool isReadOnly() const = 0;
};

// What an editor reports back; CodeEditor implements it.
class SourceEditorEvents
{
public:
    // The user changed the text.
    virtual void sourceEdited() = 0;

protected:
    ~SourceEditorEvents() = default;
};

class SourceEditorFactory
{
public:
    virtual ~SourceEditorFactory() = default;
    // `events` outlives the editor.
    virtual SourceEditor *createEditor(QWidget *parent, SourceEditorEvents *events) = 0;
};

#define SourceEditorFactory_iid "ai.spawn.desktop.SourceEditorFactory/1"
Q_DECLARE_INTERFACE(SourceEditorFactory, SourceEditorFactory_iid)
