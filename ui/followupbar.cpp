// SPDX-License-Identifier: MIT
#include "followupbar.h"

#include "imageattachments.h"
#include "pointedelementchip.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpBar::FollowUpBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_chip(new PointedElementChip(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_attachments(new ImageAttachments(this))
    , m_attach(m_attachments->makeAttachButton(this, QStringLiteral("followUpAttachButton"),
                                               tr("Attach a picture to the change"), tr("the line")))
{
    setObjectName(QStringLiteral("followUpArea"));
    m_edit->setObjectName(QStringLiteral("followUpEdit"));
    m_edit->setAccessibleName(tr("Change to make"));
    m_edit->setPlaceholderText(tr("Ask for a change, e.g. \"make the buttons bigger\""));
    m_send->setObjectName(QStringLiteral("followUpSendButton"));
    m_send->setAccessibleName(tr("Send the change"));
    m_attachments->setObjectName(QStringLiteral("followUpImages"));
    m_attachments->watch(m_edit);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_edit, 1);
    line->addWidget(m_chip);
    line->addWidget(m_attach);
    line->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachments);
    layout->addLayout(line);

    connect(m_send, &QPushButton::clicked, this, &FollowUpBar::sendRequested);
    connect(m_edit, &QLineEdit::returnPressed, this, &FollowUpBar::sendRequested);
    connect(m_edit, &QLineEdit::textChanged, this, &FollowUpBar::updateEnabled);
    connect(m_attachments, &ImageAttachments::refused, this, &FollowUpBar::refused);
    connect(m_chip, &PointedElementChip::removed, m_edit, [this] { m_edit->setFocus(Qt::OtherFocusReason); });
}

FollowUpBar::~FollowUpBar() = default;

QString FollowUpBar::request() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? QString() : PointedElementSource::withElement(typed, m_chip->element());
}

void FollowUpBar::setElement(const PointedElement &element)
{
    m_chip->setElement(element);
}

const PointedElement &FollowUpBar::element() const
{
    return m_chip->element();
}

const QList<PromptImage> &FollowUpBar::images() const
{
    return m_attachments->images();
}

void FollowUpBar::clear()
{
    m_edit->clear();
    m_chip->setElement({});
    m_attachments->clear();
}

void FollowUpBar::setState(bool possible, bool typable)
{
    m_possible = possible;
    m_typable = typable;
    updateEnabled();
}

bool FollowUpBar::focusLine()
{
    if (!m_edit->isEnabled() || !m_edit->isVisibleTo(this))
        return false;
    m_edit->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void FollowUpBar::updateEnabled()
{
    const bool typable = m_possible || m_typable;
    m_edit->setEnabled(typable);
    m_attach->setEnabled(typable);
    m_send->setEnabled(m_possible && !request().isEmpty());
}
