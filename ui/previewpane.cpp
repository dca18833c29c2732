// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include <QLabel>
#include <QStackedLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("The app appears here once it is ready."));
    m_stack->addWidget(m_placeholder);
}

PreviewPane::~PreviewPane()
{
    // The page must go before its profile; the profile is a child of ours
    // and would otherwise be destroyed first.
    delete m_view;
    m_view = nullptr;
}

void PreviewPane::setTarget(const QString &sessionId, const QUrl &url)
{
    m_sessionId = sessionId;
    m_url = url;
    sync();
}

void PreviewPane::reload()
{
    if (m_view && m_loadedUrl.isValid())
        m_view->reload();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_activated) {
        m_activated = true;
        sync();
    }
}

void PreviewPane::sync()
{
    if (!m_activated)
        return;
    if (m_view && m_viewSessionId != m_sessionId)
        releaseView();
    if (!m_view && !m_sessionId.isEmpty())
        createView();
    if (!m_view || !m_url.isValid()) {
        m_stack->setCurrentWidget(m_placeholder);
        if (m_view && m_loadedUrl.isValid()) {
            // The app is gone: drop its page rather than show a dead one.
            m_view->setUrl(QUrl(QStringLiteral("about:blank")));
            m_loadedUrl.clear();
        }
        return;
    }
    if (m_loadedUrl != m_url) {
        m_loadedUrl = m_url;
        m_view->load(m_url);
    }
    m_stack->setCurrentWidget(m_view);
}

void PreviewPane::createView()
{
    // A profile without a storage name is off-the-record: nothing the app
    // stores outlives the view.
    m_profile = new QWebEngineProfile(this);
    m_profile->setObjectName(QStringLiteral("previewProfile"));
    m_view = new QWebEngineView(m_profile, this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("App preview"));
    m_viewSessionId = m_sessionId;
    m_stack->addWidget(m_view);
}

void PreviewPane::releaseView()
{
    m_stack->removeWidget(m_view);
    delete m_view;  // and its page
    m_view = nullptr;
    m_profile->deleteLater();
    m_profile = nullptr;
    m_viewSessionId.clear();
    m_loadedUrl.clear();
}
