// SPDX-License-Identifier: MIT
#include "requestwatch.h"

#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace {
const char *const Source = R"JS((function () {
  if (window.__spawnaiRequestWatch) return;
  window.__spawnaiRequestWatch = true;
  var report = function (method, url, what) {
    console.error('Request failed: ' + method + ' ' + url + ' ' + what);
  };
  var own = function (url) {
    try { return new URL(url, location.href).origin === location.origin; } catch (e) { return false; }
  };
  var path = function (url) {
    var u = new URL(url, location.href);
    return u.pathname + u.search;
  };
  var originalFetch = window.fetch;
  if (originalFetch) {
    window.fetch = function (input, init) {
      var url = typeof input === 'string' ? input : (input && input.url) || String(input);
      var method = String((init && init.method) || (input && input.method) || 'GET').toUpperCase();
      return originalFetch.apply(this, arguments).then(function (response) {
        if (response.status >= 400 && own(url)) report(method, path(url), 'answered ' + response.status);
        return response;
      }, function (error) {
        if (own(url)) report(method, path(url), 'failed: ' + error);
        throw error;
      });
    };
  }
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__spawnaiRequest = { method: String(method).toUpperCase(), url: String(url) };
    return open.apply(this, arguments);
  };
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    var info = this.__spawnaiRequest;
    if (info && own(info.url)) {
      this.addEventListener('loadend', function () {
        if (this.status >= 400) report(info.method, path(info.url), 'answered ' + this.status);
        else if (this.status === 0) report(info.method, path(info.url), 'failed (no answer)');
      });
    }
    return send.apply(this, arguments);
  };
  window.addEventListener('error', function (event) {
    var target = event.target;
    var url = target && target !== window ? (target.src || target.href) : '';
    if (url && own(url)) report('GET', path(url), 'did not load');
  }, true);
})();)JS";
} // namespace

void RequestWatch::install(QWebEnginePage *page)
{
    QWebEngineScript script;
    script.setName(QStringLiteral("spawnai-request-watch"));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    // The page's own world: its fetch and XMLHttpRequest are the ones wrapped.
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(QString::fromUtf8(Source));
    page->scripts().insert(script);
}
