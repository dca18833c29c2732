// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QToolButton;
class QWidget;

// A tool button for a pane's own toolbar: its text, an object name for
// tests, the accessible name also as its tooltip, and keyboard focus.
QToolButton *namedToolButton(const QString &text, const QString &objectName, const QString &accessibleName,
                             QWidget *parent);
