// SPDX-License-Identifier: MIT
#include "elementpicker.h"

#include "elementpickerscript.h"
#include "previewpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QWebEngineScript>

namespace {
PickedElement elementFrom(const QJsonObject &object)
{
    return {object.value(u"tag").toString(), object.value(u"selector").toString(), object.value(u"text").toString(),
            object.value(u"id").toString(), object.value(u"classes").toString()};
}
} // namespace

ElementPicker::ElementPicker(PreviewPage *page, PreviewBrowserEvents *events, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_events(events)
    , m_prefix(u"spawnai-pick-" + QUuid::createUuid().toString(QUuid::WithoutBraces) + u':')
{
    m_page->setPrivateConsolePrefix(m_prefix);
    connect(m_page, &PreviewPage::privateConsoleMessage, this, &ElementPicker::received);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        if (m_active)
            end();
    });
}

ElementPicker::~ElementPicker() = default;

void ElementPicker::start()
{
    m_active = true;
    m_page->runJavaScript(ElementPickerScript::start(m_prefix), QWebEngineScript::ApplicationWorld);
}

void ElementPicker::cancel()
{
    if (!m_active)
        return;
    m_page->runJavaScript(ElementPickerScript::cancel(), QWebEngineScript::ApplicationWorld);
    end();
}

void ElementPicker::commit()
{
    if (m_active)
        m_page->runJavaScript(ElementPickerScript::commit(), QWebEngineScript::ApplicationWorld);
}

void ElementPicker::received(const QString &json)
{
    if (!m_active)
        return;  // a message of a picking already ended
    const QJsonObject message = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString type = message.value(u"type").toString();
    if (type == u"editing") {
        m_events->previewEditStarted();
        return;
    }
    if (type == u"picked") {
        m_events->previewElementPicked(elementFrom(message.value(u"element").toObject()));
    } else if (type == u"edited") {
        PickedElement element = elementFrom(message.value(u"element").toObject());
        element.text = message.value(u"old").toString();
        m_events->previewTextEdited(element, message.value(u"new").toString());
    } else if (type != u"cancelled") {
        return;
    }
    end();
}

void ElementPicker::end()
{
    m_active = false;
    m_events->previewPickingEnded();
}
