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
    m_label->setText(message);
    setAccessibleDescription(message);
    m_fixButton->setDefaultAction(fix);
    m_fixButton->setVisible(fix != nullptr);
    if (fix)
        m_fixButton->setAccessibleName(fix->text().remove(u'&'));
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
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
    // A red tint over the window colour: readable in light and dark themes.
    QPalette tinted = palette();
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : tinted.color(QPalette::Window);
    const QColor red(0xd3, 0x2f, 0x2f);
    const qreal share = 0.18;
    const QColor mixed = QColor::fromRgbF(window.redF() * (1 - share) + red.redF() * share,
                                          window.greenF() * (1 - share) + red.greenF() * share,
                                          window.blueF() * (1 - share) + red.blueF() * share);
    if (tinted.color(QPalette::Window) == mixed)
        return;
    tinted.setColor(QPalette::Window, mixed);
    setPalette(tinted);
}
