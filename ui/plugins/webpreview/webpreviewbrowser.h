// SPDX-License-Identifier: MIT
#pragma once

#include "previewbrowser.h"

#include <QWebEngineView>

class ElementPicker;
class PreviewPage;
class QWebEngineProfile;

// A web view with an off-the-record profile of its own: nothing the app
// stores outlives the view or reaches another session's. Requests to the
// app's origin carry the sandbox's headers (PreviewInterceptor).
class WebPreviewBrowser final : public QWebEngineView, public PreviewBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPreviewBrowser)

public:
    WebPreviewBrowser(QWidget *parent, PreviewBrowserEvents *events);
    ~WebPreviewBrowser() override;

    QWidget *widget() override { return this; }
    void open(const QUrl &url, const Headers &headers) override;
    void navigate(const QUrl &url) override;
    void reload() override;
    void clear() override;
    void setScale(qreal factor) override;
    QUrl currentUrl() const override { return url(); }
    void startPicking() override;
    void cancelPicking() override;
    void commitEdit() override;

private:
    PreviewBrowserEvents *m_events;
    QWebEngineProfile *m_profile;
    PreviewPage *m_page;
    ElementPicker *m_picker;
    qreal m_scale = 1.0;
};
