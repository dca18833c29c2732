// SPDX-License-Identifier: MIT
#include "elementpickerscript.h"

#include <QJsonDocument>
#include <QVariant>

namespace {
// Clicks, presses and double-clicks are kept from the app's own handlers
// while picking (the capturing listeners on window come first), but not
// inside the element being edited, where they place the caret.
const char *const Source = R"JS((function (prefix, overlayId) {
  if (window.__spawnaiPicker) window.__spawnaiPicker.cancel();
  var overlay = document.createElement('div');
  overlay.id = overlayId;
  // Through the CSSOM: a page whose Content-Security-Policy forbids inline
  // styles refuses a style attribute, not this.
  overlay.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483647;display:none;'
    + 'box-sizing:border-box;border:2px solid #1a73e8;background:rgba(26,115,232,0.12);border-radius:2px';
  document.documentElement.appendChild(overlay);
  var editing = null, original = '', pending = 0;
  var send = function (message) { console.log(prefix + JSON.stringify(message)); };
  var escape = window.CSS && CSS.escape ? CSS.escape : function (s) { return s.replace(/[^\w-]/g, '\\$&'); };
  var unique = function (selector) {
    try { return document.querySelectorAll(selector).length === 1; } catch (e) { return false; }
  };
  var selectorOf = function (element) {
    var steps = [];
    for (var node = element; node && node.nodeType === 1; node = node.parentElement) {
      if (node.id && unique('#' + escape(node.id))) { steps.unshift('#' + escape(node.id)); break; }
      var testId = node.getAttribute('data-testid');
      var byTestId = testId ? '[data-testid="' + testId.replace(/["\\]/g, '\\$&') + '"]' : '';
      if (byTestId && unique(byTestId)) { steps.unshift(byTestId); break; }
      var tag = node.tagName.toLowerCase();
      if (node === document.body || node === document.documentElement) { steps.unshift(tag); break; }
      var index = 1;
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
        if (sibling.tagName === node.tagName) index++;
      steps.unshift(tag + ':nth-of-type(' + index + ')');
    }
    return steps.join(' > ');
  };
  var textOf = function (element) {
    return (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 200);
  };
  var describe = function (element) {
    return { tag: element.tagName.toLowerCase(), selector: selectorOf(element), text: textOf(element),
             id: element.id || '', classes: element.getAttribute('class') || '' };
  };
  var outline = function (element) {
    if (!element) { overlay.style.display = 'none'; return; }
    var box = element.getBoundingClientRect();
    overlay.style.left = box.left + 'px';
    overlay.style.top = box.top + 'px';
    overlay.style.width = box.width + 'px';
    overlay.style.height = box.height + 'px';
    overlay.style.display = 'block';
  };
  var targetOf = function (event) {
    var element = event.target;
    return element && element.nodeType === 1 && element !== overlay ? element : null;
  };
  var inEdit = function (event) { return editing && editing.contains(event.target); };
  var swallow = function (event) {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };
  var listeners;
  var stop = function () {
    clearTimeout(pending);
    listeners.forEach(function (entry) { window.removeEventListener(entry[0], entry[1], true); });
    overlay.remove();
    if (editing) editing.removeAttribute('contenteditable');
    editing = null;
    delete window.__spawnaiPicker;
  };
  var pick = function (element) {
    send({ type: 'picked', element: describe(element) });
    stop();
  };
  var commit = function () {
    if (!editing) return;
    var element = describe(editing);
    element.text = original.trim();
    send({ type: 'edited', element: element, old: original.trim(), 'new': editing.textContent.trim() });
    stop();
  };
  var cancel = function () {
    if (editing) editing.textContent = original;
    stop();
  };
  var startEdit = function (element) {
    editing = element;
    original = element.textContent;
    outline(element);
    element.setAttribute('contenteditable', 'plaintext-only');
    element.focus();
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    send({ type: 'editing' });
  };
  var onMove = function (event) { if (!editing) outline(targetOf(event)); };
  var onPress = function (event) { if (!inEdit(event)) swallow(event); };
  var onClick = function (event) {
    if (inEdit(event)) return;
    swallow(event);
    var element = targetOf(event);
    if (editing || !element) return;
    clearTimeout(pending);
    // A double-click edits instead: the pick waits for a second click.
    pending = setTimeout(function () { pick(element); }, 350);
  };
  var onDoubleClick = function (event) {
    if (inEdit(event)) return;
    swallow(event);
    var element = targetOf(event);
    if (editing || !element) return;
    clearTimeout(pending);
    // Only an element of text alone is edited; anything else is picked.
    if (element.children.length > 0 || !element.textContent.trim()) pick(element);
    else startEdit(element);
  };
  var onKey = function (event) {
    if (event.key === 'Escape') {
      swallow(event);
      cancel();
      send({ type: 'cancelled' });
    } else if (editing && event.key === 'Enter' && !event.shiftKey) {
      swallow(event);
      commit();
    }
  };
  listeners = [['mousemove', onMove], ['mousedown', onPress], ['mouseup', onPress], ['pointerdown', onPress],
               ['pointerup', onPress], ['click', onClick], ['dblclick', onDoubleClick], ['keydown', onKey]];
  listeners.forEach(function (entry) { window.addEventListener(entry[0], entry[1], true); });
  window.__spawnaiPicker = { cancel: cancel, commit: commit };
}))JS";
} // namespace

QString ElementPickerScript::start(const QString &prefix)
{
    const auto quoted = [](const QString &text) {
        return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{text}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    return QString::fromUtf8(Source) + u'(' + quoted(prefix) + u", " + quoted(QString::fromLatin1(OverlayId))
        + u");";
}

QString ElementPickerScript::cancel()
{
    return QStringLiteral("window.__spawnaiPicker && window.__spawnaiPicker.cancel();");
}

QString ElementPickerScript::commit()
{
    return QStringLiteral("window.__spawnaiPicker && window.__spawnaiPicker.commit();");
}
