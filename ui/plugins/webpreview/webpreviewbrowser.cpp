// SPDX-License-Identifier: MIT
#include "webpreviewbrowser.h"

#include "elementpicker.h"
#include "previewinterceptor.h"
#include "previewpage.h"
#include "requestwatch.h"

#include <QWebEngineProfile>

WebPreviewBrowser::WebPreviewBrowser(QWidget *parent, PreviewBrowserEvents *events)
    : QWebEngineView(parent)
    , m_events(events)
    // A profile without a storage name is off-the-record.
    , m_profile(new QWebEngineProfile(this))
    , m_page(new PreviewPage(m_profile, this))
    , m_picker(new ElementPicker(m_page, events, this))
{
    m_profile->setObjectName(QStringLiteral("previewProfile"));
    setPage(m_page);
    RequestWatch::install(m_page);
    connect(m_page, &PreviewPage::consoleMessage, this, [this](const QString &line) { m_events->previewLogLine(line); });
    connect(m_page, &PreviewPage::consoleError, this, [this](const QString &message, const QString &source, int line) {
        m_events->previewError(message, source, line);
    });
    connect(this, &QWebEngineView::urlChanged, this, [this](const QUrl &url) { m_events->previewUrlChanged(url); });
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // Chromium may drop a page's zoom when another document (or a new
        // renderer) comes: the scale belongs to the pane, not the page.
        if (!qFuzzyCompare(zoomFactor(), m_scale))
            setZoomFactor(m_scale);
        m_events->previewLoadFinished(ok);
    });
}

WebPreviewBrowser::~WebPreviewBrowser()
{
    // The page must go before its profile, which as the first child would
    // otherwise be destroyed first.
    delete m_page;
}

void WebPreviewBrowser::open(const QUrl &url, const Headers &headers)
{
    // Set before loading. WebEngine's IO thread reads it, so a replaced
    // one stays alive (a child of the profile) until the profile goes.
    m_profile->setUrlRequestInterceptor(new PreviewInterceptor(url, headers, m_profile));
    load(url);
}

void WebPreviewBrowser::navigate(const QUrl &url)
{
    load(url);
}

void WebPreviewBrowser::reload()
{
    QWebEngineView::reload();
}

void WebPreviewBrowser::clear()
{
    setUrl(QUrl(QStringLiteral("about:blank")));
}

void WebPreviewBrowser::setScale(qreal factor)
{
    m_scale = factor;
    setZoomFactor(factor);
}

void WebPreviewBrowser::startPicking()
{
    // Esc reaches the page's script only while the page has the keyboard.
    setFocus(Qt::OtherFocusReason);
    m_picker->start();
}

void WebPreviewBrowser::cancelPicking()
{
    m_picker->cancel();
}

void WebPreviewBrowser::commitEdit()
{
    m_picker->commit();
}
