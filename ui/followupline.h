// SPDX-License-Identifier: MIT
#pragma once

#include "generation/pointedelement.h"

#include <QWidget>

class PointedElementChip;
class QLineEdit;
class QPushButton;

// Under a generated session's tabs: the change to ask for, the element
// pointed at in the preview for it (a chip, PointedElementChip) and Send.
// The request sent names the element for the model.
class FollowUpLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpLine)

public:
    explicit FollowUpLine(QWidget *parent = nullptr);
    ~FollowUpLine() override;

    QLineEdit *edit() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    PointedElementChip *chip() const { return m_chip; }

    void setElement(const PointedElement &element);
    const PointedElement &element() const;
    // What the model is asked: the typed change and the element.
    QString request() const;
    // The change was taken: the line and the chip empty.
    void clear();

private:
    QLineEdit *m_edit;
    PointedElementChip *m_chip;
    QPushButton *m_send;
};
