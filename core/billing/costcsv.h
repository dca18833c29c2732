// SPDX-License-Identifier: MIT
#pragma once

#include "costanalytics.h"
#include "costtracker.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The dashboard's exports as CSV (RFC 4180: comma-separated, CRLF line
// ends, fields with a comma, quote or line break quoted, quotes doubled),
// UTF-8. Amounts in USD with six decimals, so a sub-cent request is not
// rounded away; a spreadsheet's sum of a column equals the dashboard's total.
namespace CostCsv {

// day, llm_usd, sandbox_usd, total_usd, input_tokens, output_tokens,
// requests, sandbox_runs, cpu_seconds, memory_gb_seconds
QByteArray daily(const QList<CostGroup> &days);
// id, created_at, prompt, provider, model, sandbox_kind, status, llm_usd,
// sandbox_usd, total_usd, input_tokens, output_tokens, repair_rounds
QByteArray sessions(const QList<SessionCostRow> &rows);

QString field(const QString &text);
QString usd(double amount);

} // namespace CostCsv
