// SPDX-License-Identifier: MIT
#include "budgetgauge.h"

#include "billing/budget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

BudgetGauge::BudgetGauge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("budgetGauge"));
    setMinimumSize(160, 100);
}

BudgetGauge::~BudgetGauge() = default;

void BudgetGauge::setValues(double spent, double budget)
{
    m_spent = spent;
    m_budget = budget;
    setAccessibleName(tr("Budget for the month: %1").arg(text()));
    update();
}

QString BudgetGauge::text() const
{
    if (m_budget <= 0.0)
        return tr("%1 this month, no budget set").arg(Budget::formatUsd(m_spent));
    return tr("%1 of %2 (%3 %)")
        .arg(Budget::formatUsd(m_spent), Budget::formatUsd(m_budget))
        .arg(std::lround(m_spent / m_budget * 100.0));
}

QSize BudgetGauge::sizeHint() const
{
    return {220, 130};
}

void BudgetGauge::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int textHeight = fontMetrics().height() + 4;
    const int side = std::min(width() - 8, 2 * (height() - textHeight - 8));
    const QRectF arcBox((width() - side) / 2.0, 6, side, side);
    const int thickness = std::max(6, side / 10);
    QPen track(palette().color(QPalette::Mid), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawArc(arcBox, 0, 180 * 16);
    if (m_budget > 0.0) {
        const double fraction = std::clamp(m_spent / m_budget, 0.0, 1.0);
        // Red, amber and green keep their meaning in both palettes; on a
        // dark one the lighter shades keep their contrast with the window.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        const QColor color = fraction >= 1.0 ? (dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28))
                           : fraction >= 0.8 ? (dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x8f, 0x00))
                                             : (dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32));
        QPen fill(color, thickness, Qt::SolidLine, Qt::FlatCap);
        painter.setPen(fill);
        painter.drawArc(arcBox, 180 * 16, -int(std::lround(fraction * 180 * 16)));
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, height() - textHeight, width(), textHeight), Qt::AlignCenter, text());
}
