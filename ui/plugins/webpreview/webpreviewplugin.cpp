// SPDX-License-Identifier: MIT
#include "webpreviewplugin.h"

#include "webpreviewbrowser.h"

PreviewBrowser *WebPreviewPlugin::createBrowser(QWidget *parent, PreviewBrowserEvents *events)
{
    return new WebPreviewBrowser(parent, events);
}
