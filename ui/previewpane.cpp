// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include "previewdevicememory.h"
#include "previewengine.h"
#include "previeworigin.h"
#include "previewplaceholder.h"
#include "privateappnotice.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QClipboard>
#include <QRect>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new PreviewToolbar(this))
    , m_stack(new QStackedLayout)
    , m_updatingBand(new QLabel(this))
    , m_placeholder(new PreviewPlaceholder(this))
    , m_frame(new QWidget(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));
    m_placeholder->setText(tr("The app appears here once it is ready."), false);
    m_updatingBand->setObjectName(QStringLiteral("previewUpdating"));
    m_updatingBand->setAccessibleName(tr("Preview state"));
    m_updatingBand->setText(tr("Updating… The new version shows here once it is ready."));
    m_updatingBand->setWordWrap(true);
    m_updatingBand->setMargin(4);
    m_updatingBand->setAutoFillBackground(true);
    m_updatingBand->setBackgroundRole(QPalette::ToolTipBase);
    m_updatingBand->setForegroundRole(QPalette::ToolTipText);
    m_updatingBand->hide();
    // The view sits in a frame that places it by hand: a device preset
    // gives it a fixed size without forcing that size on the window.
    m_frame->setObjectName(QStringLiteral("previewFrame"));
    m_frame->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_updatingBand);
    layout->addLayout(m_stack, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_frame);

    connect(m_toolbar, &PreviewToolbar::navigateRequested, this, &PreviewPane::navigate);
    connect(m_toolbar, &PreviewToolbar::reloadRequested, this, &PreviewPane::reload);
    connect(m_toolbar, &PreviewToolbar::openInBrowserRequested, this, &PreviewPane::openInBrowser);
    connect(m_toolbar, &PreviewToolbar::copyUrlRequested, this, &PreviewPane::copyUrl);
    connect(m_toolbar, &PreviewToolbar::deviceChanged, this, &PreviewPane::deviceChosen);
    connect(m_toolbar, &PreviewToolbar::pickToggled, this, [this](bool picking) {
        if (!picking)
            cancelPicking();
        else if (!startPicking())
            m_toolbar->setPicking(false);
    });
    connect(m_toolbar, &PreviewToolbar::saveEditRequested, this, [this] {
        if (m_browser && m_picking)
            m_browser->commitEdit();
    });
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

void PreviewPane::setPlaceholderText(const QString &text, bool offerRedeploy)
{
    m_placeholder->setText(text, offerRedeploy);
}

void PreviewPane::setRedeployAction(QAction *action)
{
    m_placeholder->setRedeployAction(action);
}

void PreviewPane::setUpdating(bool updating)
{
    if (updating == m_updating)
        return;
    m_updating = updating;
    sync();
}

void PreviewPane::forgetSession(const QString &sessionId)
{
    PreviewDeviceMemory::forget(sessionId);
}

void PreviewPane::setTarget(const QString &sessionId, const QUrl &url, const Headers &headers)
{
    if (sessionId == m_sessionId && url == m_url && headers == m_headers)
        return;
    m_sessionId = sessionId;
    m_url = url;
    m_headers = headers;
    if (m_sessionId != m_deviceSessionId) {
        m_deviceSessionId = m_sessionId;
        // The box follows the session shown; that is not the user choosing.
        m_restoringDevice = true;
        m_toolbar->setDevice(PreviewDeviceMemory::device(m_sessionId));
        m_restoringDevice = false;
    }
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

void PreviewPane::deviceChosen()
{
    if (!m_restoringDevice)
        PreviewDeviceMemory::setDevice(m_sessionId, m_toolbar->device());
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
    // A page kept through an update: its address stays in the box.
    const bool keepPage = m_updating && !m_url.isValid() && m_browser && m_viewSessionId == m_sessionId
        && m_loadedUrl.isValid();
    m_toolbar->setUrl(m_url.isValid() ? (m_browser && m_loadedUrl == m_url ? m_browser->currentUrl() : m_url)
                          : keepPage  ? m_browser->currentUrl()
                                      : QUrl());
    m_updatingBand->setVisible(keepPage && m_activated);
    if (!m_activated)
        return;
    if (keepPage)
        return;  // the frame already shows the page
    if (m_browser && m_viewSessionId != m_sessionId)
        releaseView();
    // A web view costs 20-30 ms to make: none for a session with nothing to
    // show yet (ten new sessions clicked in a row make none).
    if (!m_browser && !m_sessionId.isEmpty() && m_url.isValid()) {
        createView();
        if (m_browser) {
            // Making the view (its own profile) and starting its first load
            // (Chromium's web contents) cost about 10 ms each: in two turns
            // of the event loop, so that neither holds a frame back alone.
            QTimer::singleShot(0, this, &PreviewPane::sync);
            return;
        }
    }
    if (!m_browser || !m_url.isValid()) {
        m_stack->setCurrentWidget(m_placeholder);
        if (m_browser && m_loadedUrl.isValid()) {
            if (m_picking)
                m_browser->cancelPicking();
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
                                   .arg(error),
                               false);
        return;
    }
    m_browser = factory->createBrowser(m_frame, this);
    QWidget *view = m_browser->widget();
    view->setObjectName(QStringLiteral("previewView"));
    view->setAccessibleName(tr("App preview"));
    m_viewSessionId = m_sessionId;
    m_scale = 1.0;  // a new browser's
    view->show();
    placeView();
}

void PreviewPane::releaseView()
{
    if (!m_browser)
        return;
    PreviewBrowser *browser = std::exchange(m_browser, nullptr);
    delete browser->widget();
    previewPickingEnded();
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
    const QSize device = PreviewToolbar::deviceSize(m_toolbar->device());
    QRect geometry = m_frame->rect();
    qreal scale = 1.0;
    if (!device.isEmpty()) {
        // A device wider than the pane is scaled down to the pane's width,
        // so the page still lays out at the device's CSS width and none of
        // it (nor its scrollbar) is cut off; WebEngine zooms no further out
        // than a quarter. The height never passes the pane's: the page
        // scrolls, as on the device.
        const int frameWidth = std::max(1, m_frame->width());
        scale = std::clamp(qreal(frameWidth) / device.width(), 0.25, 1.0);
        const int width = std::min(frameWidth, int(std::lround(device.width() * scale)));
        const int height = std::min(m_frame->height(), int(std::lround(device.height() * scale)));
        geometry = QRect(QPoint(std::max(0, (frameWidth - width) / 2), 0), QSize(width, height));
    }
    view->setGeometry(geometry);
    if (!qFuzzyCompare(scale, m_scale)) {
        m_scale = scale;
        m_browser->setScale(scale);
    }
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

bool PreviewPane::startPicking()
{
    if (!m_browser || !m_loadedUrl.isValid() || m_stack->currentWidget() != m_frame)
        return false;
    m_picking = true;
    m_toolbar->setPicking(true);
    m_browser->startPicking();
    return true;
}

void PreviewPane::cancelPicking()
{
    if (m_browser && m_picking)
        m_browser->cancelPicking();
    previewPickingEnded();
}

void PreviewPane::previewElementPicked(const PickedElement &element)
{
    emit elementPicked(element);
}

void PreviewPane::previewTextEdited(const PickedElement &element, const QString &newText)
{
    emit textEdited(element, newText);
}

void PreviewPane::previewEditStarted()
{
    m_toolbar->setEditing(true);
}

void PreviewPane::previewPickingEnded()
{
    m_picking = false;
    m_toolbar->setPicking(false);
}
