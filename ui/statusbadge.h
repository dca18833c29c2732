// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionstatus.h"

#include <QWidget>

class QPainter;

// A coloured pill with a session's status in words. The colour says how the
// session stands at a glance (green ready, red failed, blue live, grey
// ended) and is picked to suit light and dark palettes; the text colour is
// whichever of black and white reads better on it. The list delegate paints
// the same pill through paint().
class StatusBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    enum class Tone
    {
        Success,
        Failure,
        Live,
        Inactive,
    };

    explicit StatusBadge(QWidget *parent = nullptr);
    ~StatusBadge() override;

    void setStatus(SessionStatus status);
    SessionStatus status() const { return m_status; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static Tone tone(SessionStatus status);
    static QColor color(SessionStatus status, const QPalette &palette);
    static QFont badgeFont(const QFont &base);
    static QSize badgeSize(SessionStatus status, const QFont &base);
    static void paint(QPainter *painter, const QRect &rect, SessionStatus status, const QPalette &palette,
                      const QFont &base);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibility();

    SessionStatus m_status = SessionStatus::Queued;
};
