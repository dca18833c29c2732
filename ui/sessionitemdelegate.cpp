// SPDX-License-Identifier: MIT
#include "sessionitemdelegate.h"

#include "sessionlistmodel.h"
#include "statusbadge.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Margin = 6;
constexpr int Spacing = 2;
constexpr int BadgeGap = 8;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

SessionItemDelegate::SessionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

SessionItemDelegate::~SessionItemDelegate() = default;

void SessionItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them, without text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondaryColor = textColor;
    secondaryColor.setAlphaF(0.7f);

    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const auto status = index.data(SessionListModel::StatusRole).value<SessionStatus>();
    const QSize badge = StatusBadge::badgeSize(status, opt.font);
    const QFont title = titleFont(opt.font);
    const int titleHeight = std::max(QFontMetrics(title).height(), badge.height());

    painter->save();
    const QRect badgeRect(area.right() - badge.width() + 1, area.top() + (titleHeight - badge.height()) / 2,
                          badge.width(), badge.height());
    StatusBadge::paint(painter, badgeRect, status, opt.palette, opt.font);

    const QRect titleRect(area.left(), area.top(), area.width() - badge.width() - BadgeGap, titleHeight);
    painter->setFont(title);
    painter->setPen(textColor);
    const QString titleText = QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(),
                                                            Qt::ElideRight, titleRect.width());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleText);

    const QRect detailsRect(area.left(), titleRect.bottom() + 1 + Spacing, area.width(),
                            QFontMetrics(opt.font).height());
    painter->setFont(opt.font);
    painter->setPen(secondaryColor);
    const QString details = opt.fontMetrics.elidedText(index.data(SessionListModel::DetailsRole).toString(),
                                                       Qt::ElideRight, detailsRect.width());
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter, details);
    painter->restore();
}

QSize SessionItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto status = index.data(SessionListModel::StatusRole).value<SessionStatus>();
    const int titleHeight = std::max(QFontMetrics(titleFont(option.font)).height(),
                                     StatusBadge::badgeSize(status, option.font).height());
    const int height = Margin + titleHeight + Spacing + QFontMetrics(option.font).height() + Margin;
    return {200, height};
}
