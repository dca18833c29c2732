// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_fixButton(new QToolButton(this))
    , m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setAccessibleName(tr("Message text"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fixButton->setObjectName(QStringLiteral("messageFixButton"));
    m_fixButton->setAccessibleName(tr("Fix the problem"));
    m_fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fixButton->hide();

    m_dismissButton->setObjectName(QStringLiteral("messageDismissButton"));
    m_dismissButton->setText(tr("Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss message"));
    m_dismissButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_fixButton);
    layout->addWidget(m_dismissButton);

    connect(m_dismissButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    // The fix has run (its action triggers before clicked()); the message is stale.
    connect(m_fixButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    updateColors();
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showError(const QString &message, QAction *fix)
{
    showMessage(Kind::Error, message, fix);
}

void MessageBar::showInfo(const QString &message, QAction *action)
{
    showMessage(Kind::Info, message, action);
}

void MessageBar::showMessage(Kind kind, const QString &message, QAction *fix)
{
    m_kind = kind;
    setAccessibleName(kind == Kind::Error ? tr("Problem") : tr("Information"));
    updateColors();
    m_label->setText(message);
    setAccessibleDescription(message);
    m_fixButton->setDefaultAction(fix);
    m_fixButton->setVisible(fix != nullptr);
    if (fix)
        m_fixButton->setAccessibleName(fix->text().remove(u'&'));
    show();
    // Screen readers interrupt for an alert; information waits its turn.
    QAccessibleEvent announcement(this, kind == Kind::Error ? QAccessible::Alert : QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&announcement);
}

void MessageBar::dismiss()
{
    m_label->clear();
    m_fixButton->setDefaultAction(nullptr);
    m_fixButton->hide();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void MessageBar::updateColors()
{
    // A tint over the window colour, light enough that the palette's own
    // text colour stays readable in light and dark themes. Information takes
    // the theme's highlight (blue on most), so it never looks like an error.
    QPalette tinted = palette();
    const QPalette &base = parentWidget() ? parentWidget()->palette() : tinted;
    const QColor window = base.color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f) : base.color(QPalette::Highlight);
    const qreal share = 0.18;
    const QColor mixed = QColor::fromRgbF(window.redF() * (1 - share) + tint.redF() * share,
                                          window.greenF() * (1 - share) + tint.greenF() * share,
                                          window.blueF() * (1 - share) + tint.blueF() * share);
    if (tinted.color(QPalette::Window) == mixed)
        return;
    tinted.setColor(QPalette::Window, mixed);
    setPalette(tinted);
}
