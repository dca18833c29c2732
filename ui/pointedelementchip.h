// SPDX-License-Identifier: MIT
#pragma once

#include "generation/pointedelement.h"

#include <QFrame>

class QLabel;
class QToolButton;

// In the follow-up line: the element the user pointed at in the preview
// (tag, selector, text, file), with × to drop it. Hidden while there is none.
class PointedElementChip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointedElementChip)

public:
    explicit PointedElementChip(QWidget *parent = nullptr);
    ~PointedElementChip() override;

    void setElement(const PointedElement &element);
    const PointedElement &element() const { return m_element; }
    QString text() const;

signals:
    void removed();

private:
    PointedElement m_element;
    QLabel *m_label;
    QToolButton *m_remove;
};
