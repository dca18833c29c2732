// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <utility>

class QWidget;

// An element the user picked in the page (PreviewBrowser::startPicking).
struct PickedElement
{
    QString tag;       // lower case
    QString selector;  // unique in the page: an id, a data-testid, or a path of nth-of-type steps
    QString text;      // the text it shows, whitespace collapsed, at most 200 characters
    QString id;
    QString classes;
};

// What the preview pane needs of a web browser. Qt WebEngine doubles the
// time a window takes to start (its libraries bind every symbol at load),
// so the browser lives in a plugin (ui/plugins/webpreview) that PreviewPane
// loads the first time a preview is shown. The interfaces are plain C++ so
// the plugin shares no code with the program but Qt's.
class PreviewBrowser
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    virtual ~PreviewBrowser() = default;

    // The browser's widget; deleting it deletes the browser.
    virtual QWidget *widget() = 0;
    // Load the app at `url` in a fresh state; `headers` go with every
    // request to the app's origin and to no other.
    virtual void open(const QUrl &url, const Headers &headers) = 0;
    // Go to `url` within the app, keep the headers.
    virtual void navigate(const QUrl &url) = 0;
    virtual void reload() = 0;
    // Drop the page (the app is gone).
    virtual void clear() = 0;
    // Shows the page at `factor` (1: as is). A device preset wider than the
    // pane is scaled down this way, so the page keeps the device's CSS width.
    virtual void setScale(qreal factor) = 0;
    virtual QUrl currentUrl() const = 0;
    // Pick element: hovering outlines the element under the mouse, a click
    // picks it (previewElementPicked), a double-click on an element that
    // holds only text edits that text in place until Enter or commitEdit()
    // (previewTextEdited); Esc in the page or cancelPicking() ends it. The
    // script runs in a JavaScript world of its own, so the app's scripts
    // neither see nor break it, and leaves nothing in the page when done.
    // Every way it ends reports previewPickingEnded().
    virtual void startPicking() = 0;
    virtual void cancelPicking() = 0;
    virtual void commitEdit() = 0;
};

// What a browser reports back; PreviewPane implements it.
class PreviewBrowserEvents
{
public:
    virtual void previewUrlChanged(const QUrl &url) = 0;
    virtual void previewLoadFinished(bool ok) = 0;
    // A console message or similar, already worded for the session's log.
    virtual void previewLogLine(const QString &line) = 0;
    // What the page's console reported as an error (an uncaught exception,
    // a failed load of `source`), besides its log line.
    virtual void previewError(const QString &message, const QString &source, int line) = 0;
    virtual void previewElementPicked(const PickedElement &element) = 0;
    // An element's text was edited in place; `element.text` is the old one.
    virtual void previewTextEdited(const PickedElement &element, const QString &newText) = 0;
    // A double-click started an in-place edit.
    virtual void previewEditStarted() = 0;
    virtual void previewPickingEnded() = 0;

protected:
    ~PreviewBrowserEvents() = default;
};

class PreviewBrowserFactory
{
public:
    virtual ~PreviewBrowserFactory() = default;
    // A browser with an off-the-record profile of its own, so the app
    // sees no other session's cookies or storage. `events` outlives it.
    virtual PreviewBrowser *createBrowser(QWidget *parent, PreviewBrowserEvents *events) = 0;
    // Starts the engine (Chromium's threads and services) without a page,
    // so that the first createBrowser() does not pay for it.
    virtual void startEngine() = 0;
};

#define PreviewBrowserFactory_iid "ai.spawn.desktop.PreviewBrowserFactory/4"
Q_DECLARE_INTERFACE(PreviewBrowserFactory, PreviewBrowserFactory_iid)
