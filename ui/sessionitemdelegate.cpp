// SPDX-License-Identifier: MIT
#include "sessionitemdelegate.h"

#include "sessionlistmodel.h"
#include "statusbadge.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

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

SessionItemDelegate::Layout SessionItemDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Layout parts;
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const auto status = index.data(SessionListModel::StatusRole).value<SessionStatus>();
    const QSize badge = StatusBadge::badgeSize(status, option.font);
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics metrics(option.font);
    const int titleHeight = std::max(titleMetrics.height(), badge.height());

    // The badge keeps its size while it fits the row at all.
    const int badgeWidth = std::min(badge.width(), area.width());
    parts.badge = QRect(area.right() - badgeWidth + 1, area.top() + (titleHeight - badge.height()) / 2, badgeWidth,
                        badge.height());
    parts.title = QRect(area.left(), area.top(), std::max(0, area.width() - badgeWidth - BadgeGap), titleHeight);
    parts.titleText = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                              parts.title.width());

    QStringList meta;
    if (const QString left = index.data(SessionListModel::TimeLeftRole).toString(); !left.isEmpty())
        meta << left;
    if (const QString cost = index.data(SessionListModel::CostTextRole).toString(); !cost.isEmpty())
        meta << cost;
    const QString metaText = meta.join(QStringLiteral(" · "));
    const int lineTop = parts.title.bottom() + 1 + Spacing;
    // Measured in fractions, rounded up: a width rounded down elides the text it measured.
    const int metaWidth = std::min(int(std::ceil(QFontMetricsF(option.font).horizontalAdvance(metaText))) + 1,
                                   area.width());
    parts.meta = QRect(area.right() - metaWidth + 1, lineTop, metaWidth, metrics.height());
    parts.metaText = metrics.elidedText(metaText, Qt::ElideRight, parts.meta.width());
    const int detailsWidth = std::max(0, area.width() - metaWidth - (metaWidth > 0 ? BadgeGap : 0));
    parts.details = QRect(area.left(), lineTop, detailsWidth, metrics.height());
    parts.detailsText = metrics.elidedText(index.data(SessionListModel::DetailsRole).toString(), Qt::ElideRight,
                                           detailsWidth);
    return parts;
}

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

    const Layout parts = layout(opt, index);
    painter->save();
    painter->setClipRect(opt.rect);
    StatusBadge::paint(painter, parts.badge, index.data(SessionListModel::StatusRole).value<SessionStatus>(),
                       opt.palette, opt.font);
    painter->setFont(titleFont(opt.font));
    painter->setPen(textColor);
    painter->drawText(parts.title, Qt::AlignLeft | Qt::AlignVCenter, parts.titleText);
    painter->setFont(opt.font);
    painter->setPen(secondaryColor);
    painter->drawText(parts.details, Qt::AlignLeft | Qt::AlignVCenter, parts.detailsText);
    painter->drawText(parts.meta, Qt::AlignRight | Qt::AlignVCenter, parts.metaText);
    painter->restore();
}

QSize SessionItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto status = index.data(SessionListModel::StatusRole).value<SessionStatus>();
    const QSize badge = StatusBadge::badgeSize(status, option.font);
    const int titleHeight = std::max(QFontMetrics(titleFont(option.font)).height(), badge.height());
    const int height = Margin + titleHeight + Spacing + QFontMetrics(option.font).height() + Margin;
    // As wide as the badge needs, no wider: the list is as wide as the
    // sidebar and must not scroll sideways when the window is narrow.
    return {Margin + badge.width() + Margin, height};
}
