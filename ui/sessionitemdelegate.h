// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QStyledItemDelegate>

// Paints a row of the session list in two lines: the title with the status
// badge at its right, and below it the app type and sandbox kind with the
// time left and the cost at its right. A narrow row shortens the title and
// the details first; the badge, the time left and the cost stay whole.
class SessionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionItemDelegate)

public:
    // Where the parts of a row go, and the texts as painted (elided).
    struct Layout
    {
        QRect badge;
        QRect title;
        QRect details;
        QRect meta;
        QString titleText;
        QString detailsText;
        QString metaText;  // "12 min left · $0.04"
    };

    explicit SessionItemDelegate(QObject *parent = nullptr);
    ~SessionItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // `option` is the row's (its rect and font).
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
};
