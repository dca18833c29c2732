// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include "previewengine.h"
#include "previeworigin.h"
#include "privateappnotice.h"


#include <algorithm>
#include <utility>

#include <QClipboard>
#include <QRect>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

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
    // Before our members: the browser reports to us while it goes.
    releaseView();
}

QWidget *PreviewPane::view() const
{
    return m_browser ? m_browser->widget() : nullptr;
}

void PreviewPane::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
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
    if (m_browser && m_loadedUrl.isValid())
        m_browser->reload();
}

void PreviewPane::showVersion(int version)
{
    if (version == m_version)
        return;
    m_version = version;
    sync();
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
    m_toolbar->setUrl(m_url.isValid() ? (m_browser && m_loadedUrl == m_url ? m_browser->currentUrl() : m_url) : QUrl());
    if (!m_activated)
        return;
    if (m_browser && m_viewSessionId != m_sessionId)
        releaseView();
    if (!m_browser && !m_sessionId.isEmpty())
        createView();
    if (!m_browser || !m_url.isValid()) {
        m_stack->setCurrentWidget(m_placeholder);
        if (m_browser && m_loadedUrl.isValid()) {
            // The app is gone: drop its page rather than show a dead one.
            m_browser->clear();
            m_loadedUrl.clear();
            m_loadedHeaders.clear();
        }
        return;
    }
    // New headers (a kept private app's token read after a restart) need a
    // fresh load: the browser takes them when it opens the app.
    if (m_loadedUrl != m_url || m_loadedHeaders != m_headers) {
        m_loadedUrl = m_url;
        m_loadedHeaders = m_headers;
        m_loadedVersion = m_version;
        m_browser->open(m_url, m_headers);
    } else if (m_loadedVersion != m_version) {
        // The same address serves a new version: the page loads again.
        m_loadedVersion = m_version;
        m_browser->reload();
    }
    m_stack->setCurrentWidget(m_frame);
    placeView();
}

void PreviewPane::createView()
{
    QString error;
    auto *factory = PreviewEngine::factory(&error);
    if (!factory) {
        // Without the browser the app still runs: say why and offer the
        // system's browser, which the toolbar's button opens.
        m_placeholder->setText(tr("The preview cannot be shown here: %1\nOpen the app in your web browser instead.")
                                   .arg(error));
        return;
    }
    m_browser = factory->createBrowser(m_frame, this);
    QWidget *view = m_browser->widget();
    view->setObjectName(QStringLiteral("previewView"));
    view->setAccessibleName(tr("App preview"));
    m_viewSessionId = m_sessionId;
    view->show();
    placeView();
}

void PreviewPane::releaseView()
{
    if (!m_browser)
        return;
    PreviewBrowser *browser = std::exchange(m_browser, nullptr);
    delete browser->widget();
    m_viewSessionId.clear();
    m_loadedUrl.clear();
    m_loadedHeaders.clear();
}

void PreviewPane::previewUrlChanged(const QUrl &url)
{
    if (url.isValid() && url.scheme() != u"about")
        m_toolbar->setUrl(url);
}

void PreviewPane::previewLoadFinished(bool ok)
{
    if (!m_browser || !m_loadedUrl.isValid())
        return;  // about:blank after the app went
    if (!ok)
        emit logLine(tr("[preview] could not load %1").arg(m_browser->currentUrl().toDisplayString()));
    emit pageLoaded(ok);
}

void PreviewPane::previewLogLine(const QString &line)
{
    emit logLine(line);
}

void PreviewPane::previewError(const QString &message, const QString &source, int line)
{
    // Chromium words a failed request as "Failed to load resource" with the
    // resource as the source: another origin's (a CDN's) is not the app's.
    const bool failedLoad = message.startsWith(u"Failed to load resource");
    if (failedLoad && !PreviewOrigin::isSame(QUrl(source), m_loadedUrl))
        return;
    if (!m_loadedUrl.isValid())
        return;
    emit problemSeen({message, source, line});
}

void PreviewPane::placeView()
{
    if (!m_browser)
        return;
    QWidget *view = m_browser->widget();
    const QSize size = PreviewToolbar::deviceSize(m_toolbar->device());
    if (size.isEmpty()) {
        view->setGeometry(m_frame->rect());
        return;
    }
    // Centred; a device larger than the pane is cut at the bottom, as a
    // phone's page scrolls anyway.
    const int x = std::max(0, (m_frame->width() - size.width()) / 2);
    view->setGeometry(QRect(QPoint(x, 0), size));
}

void PreviewPane::navigate(const QUrl &url)
{
    if (m_browser && m_loadedUrl.isValid())
        m_browser->navigate(url);
}

void PreviewPane::openInBrowser()
{
    QUrl url = m_browser && m_loadedUrl.isValid() ? m_browser->currentUrl() : m_url;
    if (!url.isValid())
        url = m_url;  // the page has not loaded (yet)
    if (url.isValid() && !m_headers.isEmpty()) {
        // A private E2B app: an outside browser would be refused.
        (new PrivateAppNotice(url, m_headers, false, this))->open();
        return;
    }
    if (url.isValid() && !QDesktopServices::openUrl(url))
        emit logLine(tr("[preview] could not open %1 in a web browser").arg(url.toDisplayString()));
}

void PreviewPane::copyUrl()
{
    const QUrl url = m_browser && m_loadedUrl.isValid() ? m_browser->currentUrl() : m_url;
    if (url.isValid())
        QGuiApplication::clipboard()->setText(url.toString());
}
