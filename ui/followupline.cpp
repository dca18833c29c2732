// SPDX-License-Identifier: MIT
#include "followupline.h"

#include "pointedelementchip.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

FollowUpLine::FollowUpLine(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_chip(new PointedElementChip(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("followUpArea"));
    m_edit->setObjectName(QStringLiteral("followUpEdit"));
    m_edit->setAccessibleName(tr("Change to make"));
    m_edit->setPlaceholderText(tr("Ask for a change, e.g. \"make the buttons bigger\""));
    m_send->setObjectName(QStringLiteral("followUpSendButton"));
    m_send->setAccessibleName(tr("Send the change"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_chip);
    layout->addWidget(m_send);
    connect(m_chip, &PointedElementChip::removed, m_edit, [this] { m_edit->setFocus(Qt::OtherFocusReason); });
}

FollowUpLine::~FollowUpLine() = default;

void FollowUpLine::setElement(const PointedElement &element)
{
    m_chip->setElement(element);
}

const PointedElement &FollowUpLine::element() const
{
    return m_chip->element();
}

QString FollowUpLine::request() const
{
    return PointedElementSource::withElement(m_edit->text().trimmed(), m_chip->element());
}

void FollowUpLine::clear()
{
    m_edit->clear();
    m_chip->setElement({});
}
