// SPDX-License-Identifier: MIT
#pragma once

#include "sourceeditor.h"

#include <QObject>

// QScintilla behind SourceEditorFactory, so that only opening a file in
// the Code tab loads it (see SourceEditor).
class ScintillaPlugin final : public QObject, public SourceEditorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SourceEditorFactory_iid)
    Q_INTERFACES(SourceEditorFactory)

public:
    SourceEditor *createEditor(QWidget *parent, SourceEditorEvents *events) override;
};
