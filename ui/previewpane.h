// SPDX-License-Identifier: MIT
#pragma once

#include "generation/previewfixrequest.h"
#include "previewbrowser.h"
#include "previewtoolbar.h"

#include <QUrl>
#include <QWidget>

class PreviewPlaceholder;
class QAction;
class QLabel;
class QStackedLayout;

// The Preview tab: the running app in an embedded browser, under a toolbar
// (address, reload, open in browser, copy URL, device size). WebEngine is
// expensive to start, so the browser (a plugin, see PreviewBrowser) is
// loaded and created the first time the pane is shown, not with the
// window. Each session gets a browser with an off-the-record profile of
// its own, so one app never sees another's cookies or storage, and the
// browser goes when another session is shown. Requests to the app's origin
// carry the sandbox's headers; the page's console messages and failed
// loads come out as logLine(). While a new version is on its way the page
// shown stays, under a band that says so; the device size is each
// session's own (PreviewDeviceMemory). Pick Element lets the user point
// at an element of the page (elementPicked) or edit a text in place
// (textEdited).
class PreviewPane final : public QWidget, private PreviewBrowserEvents
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    using Headers = PreviewBrowser::Headers;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // What to show: the session's app at `url`, or (an empty url) a note
    // that the app is not running. `headers` go with every request to the
    // app's origin.
    void setTarget(const QString &sessionId, const QUrl &url, const Headers &headers = {});
    // What the pane says while there is no page to show; `offerRedeploy`
    // puts the Redeploy action (setRedeployAction) under it.
    void setPlaceholderText(const QString &text, bool offerRedeploy = false);
    // The session's Redeploy (SessionActions::redeployAction()).
    void setRedeployAction(QAction *action);
    // A new version is being made (a follow-up): with no address to show
    // for now, the page already shown stays, under an "Updating…" band,
    // until the app is ready again.
    void setUpdating(bool updating);
    void reload();
    // The app now serves `version` (a follow-up, a restore): a page of an
    // older one loads again.
    void showVersion(int version);
    int shownVersion() const { return m_version; }
    // As the toolbar's box does: remembered for the shown session.
    void setDevice(PreviewToolbar::Device device);
    // How much the page is scaled down to fit a device's width (1: not).
    qreal scale() const { return m_scale; }
    // Pick Element, as the toolbar's toggle does; false when no page is shown.
    bool startPicking();
    void cancelPicking();
    bool isPicking() const { return m_picking; }
    // The session was deleted: its device size is forgotten.
    static void forgetSession(const QString &sessionId);

    bool hasView() const { return m_browser != nullptr; }
    // The browser's widget (a QWebEngineView), null until first shown.
    QWidget *view() const;
    PreviewToolbar *toolbar() const { return m_toolbar; }
    // The url the view was last told to load; empty when none.
    QUrl loadedUrl() const { return m_loadedUrl; }
    // What goes with every request to the app's origin.
    const Headers &headers() const { return m_headers; }

signals:
    // A line for the session's log: console output, a failed load.
    void logLine(const QString &line);
    // The app's page finished loading, or failed to.
    void pageLoaded(bool ok);
    // The page reported an error: an uncaught exception, a console error,
    // a request to the app's own origin that failed.
    void problemSeen(const PreviewProblem &problem);
    void elementPicked(const PickedElement &element);
    // The user edited `element.text` in place into `newText` and saved it.
    void textEdited(const PickedElement &element, const QString &newText);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void previewUrlChanged(const QUrl &url) override;
    void previewLoadFinished(bool ok) override;
    void previewLogLine(const QString &line) override;
    void previewError(const QString &message, const QString &source, int line) override;
    void previewElementPicked(const PickedElement &element) override;
    void previewTextEdited(const PickedElement &element, const QString &newText) override;
    void previewEditStarted() override;
    void previewPickingEnded() override;

    void sync();
    void createView();
    void releaseView();
    void placeView();
    void deviceChosen();
    void navigate(const QUrl &url);
    void openInBrowser();
    void copyUrl();

    PreviewToolbar *m_toolbar;
    QStackedLayout *m_stack;
    QLabel *m_updatingBand;
    PreviewPlaceholder *m_placeholder;
    QWidget *m_frame;
    PreviewBrowser *m_browser = nullptr;
    QString m_sessionId;
    QUrl m_url;
    Headers m_headers;
    QString m_viewSessionId;
    QUrl m_loadedUrl;
    Headers m_loadedHeaders;
    QString m_deviceSessionId;  // whose device size the box shows
    bool m_restoringDevice = false;
    qreal m_scale = 1.0;
    bool m_activated = false;
    bool m_updating = false;
    bool m_picking = false;
    int m_version = 0;
    int m_loadedVersion = 0;
};
