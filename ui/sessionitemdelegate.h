// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Paints a row of the session list in two lines: the title with the status
// badge at its right, and below it the app type and sandbox kind.
class SessionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionItemDelegate)

public:
    explicit SessionItemDelegate(QObject *parent = nullptr);
    ~SessionItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
