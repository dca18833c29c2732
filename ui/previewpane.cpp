// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include "previewinterceptor.h"
#include "previewpage.h"

#include <algorithm>

#include <QClipboard>
#include <QRect>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new PreviewToolbar(this))
    , m_stack(new QStackedLayout)
    , m_placeholder(new QLabel(this))
    , m_frame(new QWidget(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("The app appears here once it is ready."));
    // The view sits in a frame that places it by hand: a device preset
    // gives it a fixed size without forcing that size on the window.
    m_frame->setObjectName(QStringLiteral("previewFrame"));
    m_frame->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addLayout(m_stack, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_frame);

    connect(m_toolbar, &PreviewToolbar::navigateRequested, this, &PreviewPane::navigate);
    connect(m_toolbar, &PreviewToolbar::reloadRequested, this, &PreviewPane::reload);
    connect(m_toolbar, &PreviewToolbar::openInBrowserRequested, this, &PreviewPane::openInBrowser);
    connect(m_toolbar, &PreviewToolbar::copyUrlRequested, this, &PreviewPane::copyUrl);
    connect(m_toolbar, &PreviewToolbar::deviceChanged, this, &PreviewPane::placeView);
}

PreviewPane::~PreviewPane()
{
    // The page must go before its profile; the profile is a child of ours
    // and would otherwise be destroyed first.
    delete m_view;
    m_view = nullptr;
}

void PreviewPane::setTarget(const QString &sessionId, const QUrl &url, const Headers &headers)
{
    if (sessionId == m_sessionId && url == m_url && headers == m_headers)
        return;
    m_sessionId = sessionId;
    m_url = url;
    m_headers = headers;
    sync();
}

void PreviewPane::reload()
{
    if (m_view && m_loadedUrl.isValid())
        m_view->reload();
}

void PreviewPane::setDevice(PreviewToolbar::Device device)
{
    m_toolbar->setDevice(device);
    placeView();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_activated) {
        m_activated = true;
        sync();
    }
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_frame && event->type() == QEvent::Resize)
        placeView();
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::sync()
{
    m_toolbar->setUrl(m_url.isValid() ? (m_view && m_loadedUrl == m_url ? m_view->url() : m_url) : QUrl());
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
        // Set before loading. WebEngine's IO thread reads it, so a replaced
        // one stays alive (a child of the profile) until the profile goes.
        m_profile->setUrlRequestInterceptor(new PreviewInterceptor(m_url, m_headers, m_profile));
        m_view->load(m_url);
    }
    m_stack->setCurrentWidget(m_frame);
    placeView();
}

void PreviewPane::createView()
{
    // A profile without a storage name is off-the-record: nothing the app
    // stores outlives the view.
    m_profile = new QWebEngineProfile(this);
    m_profile->setObjectName(QStringLiteral("previewProfile"));
    m_view = new QWebEngineView(m_frame);
    m_page = new PreviewPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("App preview"));
    m_viewSessionId = m_sessionId;
    connect(m_page, &PreviewPage::consoleMessage, this, &PreviewPane::logLine);
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        if (url.isValid() && url.scheme() != u"about")
            m_toolbar->setUrl(url);
    });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok && m_loadedUrl.isValid())
            emit logLine(tr("[preview] could not load %1").arg(m_view->url().toDisplayString()));
    });
    m_view->show();
    placeView();
}

void PreviewPane::releaseView()
{
    delete m_view;  // and its page
    m_view = nullptr;
    m_page = nullptr;
    m_profile->deleteLater();
    m_profile = nullptr;
    m_viewSessionId.clear();
    m_loadedUrl.clear();
}

void PreviewPane::placeView()
{
    if (!m_view)
        return;
    const QSize size = PreviewToolbar::deviceSize(m_toolbar->device());
    if (size.isEmpty()) {
        m_view->setGeometry(m_frame->rect());
        return;
    }
    // Centred; a device larger than the pane is cut at the bottom, as a
    // phone's page scrolls anyway.
    const int x = std::max(0, (m_frame->width() - size.width()) / 2);
    m_view->setGeometry(QRect(QPoint(x, 0), size));
}

void PreviewPane::navigate(const QUrl &url)
{
    if (m_view && m_loadedUrl.isValid())
        m_view->load(url);
}

void PreviewPane::openInBrowser()
{
    const QUrl url = m_view && m_loadedUrl.isValid() ? m_view->url() : m_url;
    if (url.isValid() && !QDesktopServices::openUrl(url))
        emit logLine(tr("[preview] could not open %1 in a web browser").arg(url.toDisplayString()));
}

void PreviewPane::copyUrl()
{
    const QUrl url = m_view && m_loadedUrl.isValid() ? m_view->url() : m_url;
    if (url.isValid())
        QGuiApplication::clipboard()->setText(url.toString());
}
