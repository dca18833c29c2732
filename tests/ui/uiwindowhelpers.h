// SPDX-License-Identifier: MIT
#pragma once

#include "statusbadge.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QTest>
#include <QWidget>

// Finding and showing the parts of the real window, for the GUI tests.
namespace UiWindowHelpers {

template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning().noquote() << "no child named" << name;
    return found;
}

// The status the session view shows; Cancelled when it shows none.
inline SessionStatus shownStatus(const QWidget &window)
{
    auto *badge = window.findChild<StatusBadge *>(QStringLiteral("sessionStatus"));
    return badge ? badge->status() : SessionStatus::Cancelled;
}

inline bool showWindow(QWidget &window)
{
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// The controls under `root` (buttons and whatever takes the keyboard focus:
// fields, lists, combo boxes, spin boxes, tabs) that have no accessible
// name or no object name, each described; `visibleOnly` skips the ones the
// user cannot see now. A spin box's own editor and WebEngine's render
// widgets are left out: the spin box and the view carry the name.
inline QStringList unnamedControls(const QWidget &root, bool visibleOnly, int *checked = nullptr)
{
    QStringList problems;
    const QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton *>(widget))
            continue;
        if (visibleOnly && !widget->isVisible())
            continue;
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        bool inWebView = false;
        for (const QWidget *parent = widget->parentWidget(); parent && !inWebView; parent = parent->parentWidget())
            inWebView = parent->inherits("QWebEngineView");
        if (inWebView)
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u" \"" + widget->objectName()
            + u"\" in " + (widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        if (widget->accessibleName().isEmpty())
            problems << u"no accessible name: " + what;
        if (widget->objectName().isEmpty())
            problems << u"no object name: " + what;
        if (checked)
            ++*checked;
    }
    return problems;
}

} // namespace UiWindowHelpers
