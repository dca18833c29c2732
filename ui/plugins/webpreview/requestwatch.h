// SPDX-License-Identifier: MIT
#pragma once

class QWebEnginePage;

// Chromium does not hand the page's failed requests to
// QWebEnginePage::javaScriptConsoleMessage, so a script in the page's own
// world reports each request to the app's origin that answers 400 or more
// (fetch, XMLHttpRequest) or fails to load (scripts, images, styles) as a
// console error: "Request failed: GET /api/count answered 404". Only the
// preview's page carries it; the app's code is not changed.
namespace RequestWatch {
void install(QWebEnginePage *page);
}
