// SPDX-License-Identifier: MIT
#include "scriptoutputpage.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.outputpage")

constexpr QLatin1String Style(R"css(
:root { color-scheme: light dark; --bg: #f6f7f9; --fg: #1d2330; --card: #ffffff; --muted: #667085;
        --ok: #127a42; --fail: #b42318; --border: #e4e7ec; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #12151c; --fg: #e6e8ee; --card: #1a1f29; --muted: #98a2b3; --border: #2a3140;
          --ok: #4ade80; --fail: #f87171; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 32px 20px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 20px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.badge { font-weight: 600; padding: 2px 10px; border-radius: 999px; border: 1px solid currentColor; }
.ok { color: var(--ok); } .fail { color: var(--fail); }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
pre { margin: 0; padding: 16px 18px; background: var(--card); border: 1px solid var(--border);
      border-radius: 10px; overflow: auto; white-space: pre-wrap; word-break: break-word;
      font: 13px/1.55 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
.note { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.empty { color: var(--muted); font-style: italic; }
)css");

QString withoutTerminalEscapes(const QString &text)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)"));
    QString cleaned = text;
    cleaned.remove(ansi);
    // Keep newlines and tabs; other control characters only garble the page.
    cleaned.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
    return cleaned;
}
} // namespace

QByteArray ScriptOutputPage::render(const Run &run)
{
    const bool ok = run.exitCode == 0;
    const QString output = withoutTerminalEscapes(QString::fromUtf8(run.output));
    const QString seconds = QLocale::c().toString(double(run.duration.count()) / 1000.0, 'f', 1);
    const QString badge = ok ? tr("Finished") : tr("Exited with code %1").arg(run.exitCode);

    QString html;
    html += QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" "
                          "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>")
        + tr("Script output").toHtmlEscaped() + QLatin1String("</title>\n<style>") + Style
        + QLatin1String("</style>\n</head>\n<body>\n<main>\n<h1>") + tr("Script output").toHtmlEscaped()
        + QLatin1String("</h1>\n<p class=\"meta\"><span class=\"badge ")
        + (ok ? QLatin1String("ok") : QLatin1String("fail")) + QLatin1String("\">") + badge.toHtmlEscaped()
        + QLatin1String("</span><span><code>") + run.command.toHtmlEscaped()
        + QLatin1String("</code></span><span>") + tr("%1 s").arg(seconds).toHtmlEscaped()
        + QLatin1String("</span></p>\n");
    if (run.truncated) {
        html += QLatin1String("<p class=\"note\">")
            + tr("The output was long; only its end is shown.").toHtmlEscaped() + QLatin1String("</p>\n");
    }
    if (output.trimmed().isEmpty()) {
        html += QLatin1String("<pre class=\"empty\">") + tr("The script printed nothing.").toHtmlEscaped()
            + QLatin1String("</pre>\n");
    } else {
        html += QLatin1String("<pre>") + output.toHtmlEscaped() + QLatin1String("</pre>\n");
    }
    html += QLatin1String("</main>\n</body>\n</html>\n");
    qCDebug(lc) << "rendered output page:" << run.output.size() << "bytes of output, exit" << run.exitCode;
    return html.toUtf8();
}
