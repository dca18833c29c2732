// SPDX-License-Identifier: MIT
#pragma once

#include "statusbadge.h"

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

} // namespace UiWindowHelpers
