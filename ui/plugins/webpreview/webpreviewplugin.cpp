// SPDX-License-Identifier: MIT
#include "webpreviewplugin.h"

#include "webpreviewbrowser.h"

#include <QWebEngineProfile>

PreviewBrowser *WebPreviewPlugin::createBrowser(QWidget *parent, PreviewBrowserEvents *events)
{
    return new WebPreviewBrowser(parent, events);
}

void WebPreviewPlugin::startEngine()
{
    // A profile's creation starts WebEngine's context, which outlives it.
    delete new QWebEngineProfile;
}
