// SPDX-License-Identifier: MIT
#pragma once

#include "previewbrowser.h"

#include <QObject>

// Qt WebEngine behind PreviewBrowserFactory, so that only showing a
// preview loads it (see PreviewBrowser).
class WebPreviewPlugin final : public QObject, public PreviewBrowserFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PreviewBrowserFactory_iid)
    Q_INTERFACES(PreviewBrowserFactory)

public:
    PreviewBrowser *createBrowser(QWidget *parent, PreviewBrowserEvents *events) override;
    void startEngine() override;
};
