// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The prompt stored for a session started from a template.
namespace TemplatePrompt {

// "Template: static-site", in English whatever the language, so that each
// window says it in its own (SessionText::title) and the search finds it.
QString of(const QString &templateName);
// Whether `prompt` is of(templateName), or the translated form that
// earlier builds stored ("Vorlage: static-site" under German).
bool is(const QString &prompt, const QString &templateName);

} // namespace TemplatePrompt
