// SPDX-License-Identifier: MIT
#pragma once

#include "previewbrowser.h"

#include <QObject>

class PreviewPage;

// Pick element in the preview's page: runs ElementPickerScript in
// QWebEngineScript::ApplicationWorld, a JavaScript world of its own, so the
// app's scripts cannot see or break it. The script answers through the
// console with a prefix made afresh for each page object, which
// PreviewPage keeps out of the session's log. A page that loads anew
// takes the script with it: picking ends.
class ElementPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementPicker)

public:
    ElementPicker(PreviewPage *page, PreviewBrowserEvents *events, QObject *parent = nullptr);
    ~ElementPicker() override;

    void start();
    void cancel();
    void commit();
    bool isActive() const { return m_active; }

private:
    void received(const QString &json);
    void end();

    PreviewPage *m_page;
    PreviewBrowserEvents *m_events;
    QString m_prefix;
    bool m_active = false;
};
