// SPDX-License-Identifier: MIT
#include "pointedelementchip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QToolButton>

namespace {
constexpr int ShownTextLength = 40;
}

PointedElementChip::PointedElementChip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("pointedElementChip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(QStringLiteral("pointedElementText"));
    m_label->setAccessibleName(tr("Element pointed at"));
    m_label->setTextFormat(Qt::PlainText);
    m_remove->setObjectName(QStringLiteral("pointedElementRemove"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setAccessibleName(tr("Forget the element pointed at"));
    m_remove->setToolTip(tr("Forget the element pointed at"));
    m_remove->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        setElement({});
        emit removed();
    });
    hide();
}

PointedElementChip::~PointedElementChip() = default;

void PointedElementChip::setElement(const PointedElement &element)
{
    m_element = element;
    m_label->setText(text());
    // The whole selector and text where the chip has room for neither.
    setToolTip(element.isEmpty() ? QString()
                                 : tr("%1\nSelector: %2\nText: %3\nFile: %4")
                                       .arg(u'<' + element.tag + u'>', element.selector, element.text,
                                            element.file.isEmpty() ? tr("not found") : element.file));
    setVisible(!element.isEmpty());
}

QString PointedElementChip::text() const
{
    if (m_element.isEmpty())
        return {};
    QStringList parts{u'<' + m_element.tag + u'>', m_element.selector};
    if (!m_element.text.isEmpty()) {
        const QString shown = m_element.text.size() > ShownTextLength
            ? m_element.text.left(ShownTextLength - 1) + u'…'
            : m_element.text;
        parts << u'"' + shown + u'"';
    }
    if (!m_element.file.isEmpty())
        parts << m_element.file;
    return parts.join(QStringLiteral(" · "));
}
