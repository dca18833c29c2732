// SPDX-License-Identifier: MIT
#include "statusbadge.h"

#include "sessiontext.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Relative luminance (WCAG), to choose black or white text on the badge.
double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateAccessibility();
}

StatusBadge::~StatusBadge() = default;

void StatusBadge::setStatus(SessionStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    updateAccessibility();
    updateGeometry();
    update();
}

QString StatusBadge::text() const
{
    return SessionText::status(m_status);
}

void StatusBadge::updateAccessibility()
{
    setAccessibleName(tr("Status: %1").arg(text()));
    setToolTip(text());
}

QSize StatusBadge::sizeHint() const
{
    return badgeSize(m_status, font());
}

QSize StatusBadge::minimumSizeHint() const
{
    return sizeHint();
}

StatusBadge::Tone StatusBadge::tone(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Ready:
        return Tone::Success;
    case SessionStatus::Failed:
        return Tone::Failure;
    case SessionStatus::Queued:
    case SessionStatus::Generating:
    case SessionStatus::Validating:
    case SessionStatus::Provisioning:
    case SessionStatus::Deploying:
    case SessionStatus::Starting:
    case SessionStatus::Updating:
        return Tone::Live;
    case SessionStatus::Stopped:
    case SessionStatus::Expired:
    case SessionStatus::Cancelled:
        return Tone::Inactive;
    }
    return Tone::Inactive;
}

QColor StatusBadge::color(SessionStatus status, const QPalette &palette)
{
    // Material-like hues: deep shades on light windows, light ones on dark.
    const bool dark = isDark(palette);
    switch (tone(status)) {
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Failure:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Live:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case Tone::Inactive:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
    }
    return palette.color(QPalette::Mid);
}

QFont StatusBadge::badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QSize StatusBadge::badgeSize(SessionStatus status, const QFont &base)
{
    // The exact advance, rounded up: the integer one can fall short of
    // what bold text draws, which cut the last letter ("Stoppec").
    const QFontMetricsF metrics(badgeFont(base));
    return {int(std::ceil(metrics.horizontalAdvance(SessionText::status(status)))) + 2 * HorizontalPadding + 1,
            int(std::ceil(metrics.height())) + 2 * VerticalPadding};
}

void StatusBadge::paint(QPainter *painter, const QRect &rect, SessionStatus status, const QPalette &palette,
                        const QFont &base)
{
    const QColor fill = color(status, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath pill;
    const qreal radius = rect.height() / 2.0;
    pill.addRoundedRect(QRectF(rect), radius, radius);
    painter->fillPath(pill, fill);
    painter->setPen(luminance(fill) > 0.4 ? QColor(Qt::black) : QColor(Qt::white));
    painter->setFont(badgeFont(base));
    painter->drawText(rect, Qt::AlignCenter, SessionText::status(status));
    painter->restore();
}

void StatusBadge::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QSize size = badgeSize(m_status, font());
    const QRect pill(QPoint(0, (height() - size.height()) / 2), size);
    paint(&painter, pill, m_status, palette(), font());
}
