// SPDX-License-Identifier: MIT
#pragma once

#include "previewtoolbar.h"

#include <QUrl>
#include <QWidget>

#include <utility>

class PreviewPage;
class QLabel;
class QStackedLayout;
class QWebEngineProfile;
class QWebEngineView;

// The Preview tab: the running app in an embedded browser, under a toolbar
// (address, reload, open in browser, copy URL, device size). WebEngine is
// expensive to start, so the web view is created the first time the pane
// is shown, not with the window. Each session gets an off-the-record
// profile of its own, so one app never sees another's cookies or storage,
// and the view and profile go when another session is shown. Requests to
// the app's origin carry the sandbox's headers (PreviewInterceptor); the
// page's console messages and failed loads come out as logLine().
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // What to show: the session's app at `url`, or (an empty url) a note
    // that the app is not running. `headers` go with every request to the
    // app's origin.
    void setTarget(const QString &sessionId, const QUrl &url, const Headers &headers = {});
    void reload();
    void setDevice(PreviewToolbar::Device device);

    bool hasView() const { return m_view != nullptr; }
    QWebEngineView *view() const { return m_view; }
    QWebEngineProfile *profile() const { return m_profile; }
    PreviewToolbar *toolbar() const { return m_toolbar; }
    // The url the view was last told to load; empty when none.
    QUrl loadedUrl() const { return m_loadedUrl; }

signals:
    // A line for the session's log: console output, a failed load.
    void logLine(const QString &line);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sync();
    void createView();
    void releaseView();
    void placeView();
    void navigate(const QUrl &url);
    void openInBrowser();
    void copyUrl();

    PreviewToolbar *m_toolbar;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWidget *m_frame;
    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QString m_sessionId;
    QUrl m_url;
    Headers m_headers;
    QString m_viewSessionId;
    QUrl m_loadedUrl;
    bool m_activated = false;
};
