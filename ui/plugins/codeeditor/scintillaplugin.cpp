// SPDX-License-Identifier: MIT
#include "scintillaplugin.h"

#include "scintillaeditor.h"

SourceEditor *ScintillaPlugin::createEditor(QWidget *parent, SourceEditorEvents *events)
{
    return new ScintillaEditor(parent, events);
}
