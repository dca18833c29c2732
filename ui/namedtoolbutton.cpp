// SPDX-License-Identifier: MIT
#include "namedtoolbutton.h"

#include <QToolButton>

QToolButton *namedToolButton(const QString &text, const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
