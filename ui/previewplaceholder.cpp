// SPDX-License-Identifier: MIT
#include "previewplaceholder.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

PreviewPlaceholder::PreviewPlaceholder(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_redeploy(new QToolButton(this))
{
    setObjectName(QStringLiteral("previewPlaceholderPage"));
    m_label->setObjectName(QStringLiteral("previewPlaceholder"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_redeploy->setObjectName(QStringLiteral("previewRedeployButton"));
    m_redeploy->setAccessibleName(tr("Redeploy the app"));
    m_redeploy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redeploy->setFocusPolicy(Qt::StrongFocus);
    m_redeploy->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_redeploy, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

PreviewPlaceholder::~PreviewPlaceholder() = default;

void PreviewPlaceholder::setRedeployAction(QAction *action)
{
    m_redeploy->setDefaultAction(action);
    m_redeploy->setVisible(m_offerRedeploy && action);
}

void PreviewPlaceholder::setText(const QString &text, bool offerRedeploy)
{
    m_label->setText(text);
    m_offerRedeploy = offerRedeploy;
    m_redeploy->setVisible(offerRedeploy && m_redeploy->defaultAction());
}

QString PreviewPlaceholder::text() const
{
    return m_label->text();
}
