// SPDX-License-Identifier: MIT
#include "webpreviewplugin.h"

#include "previewcomposition.h"
#include "webpreviewbrowser.h"

#include <QWebEngineProfile>

PreviewBrowser *WebPreviewPlugin::createBrowser(QWidget *parent, PreviewBrowserEvents *events)
{
    PreviewComposition::choose();
    return new WebPreviewBrowser(parent, events);
}

void WebPreviewPlugin::startEngine()
{
    PreviewComposition::choose();
    // A profile's creation starts WebEngine's context, which outlives it.
    delete new QWebEngineProfile;
}
