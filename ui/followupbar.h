// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"
#include "generation/pointedelement.h"

#include <QWidget>

class ImageAttachments;
class PointedElementChip;
class QLineEdit;
class QPushButton;

// The line under a ready generated app that asks the model for a change:
// the request, the element pointed at in the preview for it (a chip,
// PointedElementChip), the pictures that go with it (ImageAttachments:
// "Attach image…", a drop or Ctrl+V in the line) and Send (or Return).
class FollowUpBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpBar)

public:
    explicit FollowUpBar(QWidget *parent = nullptr);
    ~FollowUpBar() override;

    // What the model is asked: the typed change and the element pointed at;
    // empty while nothing is typed.
    QString request() const;
    QLineEdit *edit() const { return m_edit; }
    PointedElementChip *chip() const { return m_chip; }
    void setElement(const PointedElement &element);
    const PointedElement &element() const;
    const QList<PromptImage> &images() const;
    ImageAttachments *attachments() const { return m_attachments; }
    // After a change was taken, and for another session: the line, the
    // element and the pictures empty.
    void clear();
    // `possible`: Send may send. `typable`: the line takes typing (a change
    // is being made and the next can be written); either keeps it enabled.
    void setState(bool possible, bool typable);
    bool focusLine();

signals:
    void sendRequested();
    void refused(const QString &message);

private:
    void updateEnabled();

    QLineEdit *m_edit;
    PointedElementChip *m_chip;
    QPushButton *m_send;
    ImageAttachments *m_attachments;
    QPushButton *m_attach = nullptr;
    bool m_possible = false;
    bool m_typable = false;
};
