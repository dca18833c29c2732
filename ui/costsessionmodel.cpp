// SPDX-License-Identifier: MIT
#include "costsessionmodel.h"

#include "billing/budget.h"
#include "sessiontext.h"

#include <QLocale>

CostSessionModel::CostSessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostSessionModel::~CostSessionModel() = default;

void CostSessionModel::setRows(QList<SessionCostRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CostSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostSessionModel::sortValue(const SessionCostRow &row, int column) const
{
    switch (column) {
    case Created:
        return row.createdAt;
    case Prompt:
        return row.prompt;
    case Model:
        return row.model;
    case Sandbox:
        return row.sandboxKind;
    case Status:
        return row.status;
    case LlmCost:
        return row.llmCost;
    case SandboxCost:
        return row.sandboxCost;
    case Total:
        return row.total();
    case TokensIn:
        return row.inputTokens;
    case TokensOut:
        return row.outputTokens;
    case Repairs:
        return row.repairRounds;
    }
    return {};
}

QVariant CostSessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionCostRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return row.id;
    case SortRole:
        return sortValue(row, column);
    case Qt::TextAlignmentRole:
        return column >= LlmCost ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return column == Prompt && !row.deleted ? QVariant(title(row)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Created:
        return locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Prompt:
        return row.deleted ? tr("(deleted session)") : title(row).left(120);
    case Model:
        return row.model.isEmpty() ? tr("none") : row.model;
    case Sandbox:
        // The filter's short names: the table must fit a narrow window.
        if (row.sandboxKind == sandboxKindToString(SandboxKind::Local))
            return tr("Local");
        if (row.sandboxKind == sandboxKindToString(SandboxKind::E2b))
            return tr("E2B cloud");
        return row.sandboxKind;
    case Status: {
        SessionStatus status = SessionStatus::Queued;
        return sessionStatusFromString(row.status, &status) ? SessionText::status(status) : row.status;
    }
    case LlmCost:
    case SandboxCost:
    case Total:
        return Budget::formatUsd(sortValue(row, column).toDouble());
    case TokensIn:
    case TokensOut:
        return locale.toString(sortValue(row, column).toLongLong());
    default:
        return sortValue(row, column);
    }
}

QString CostSessionModel::title(const SessionCostRow &row)
{
    Session session;
    session.id = row.id;
    session.prompt = row.prompt;
    session.templateName = row.templateName;
    return SessionText::title(session);
}

QVariant CostSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Prompt:
        return tr("Prompt");
    case Model:
        return tr("Model");
    case Sandbox:
        return tr("Sandbox");
    case Status:
        return tr("Status");
    case LlmCost:
        return tr("Model cost");
    case SandboxCost:
        return tr("Sandbox cost");
    case Total:
        return tr("Total");
    case TokensIn:
        return tr("Tokens in");
    case TokensOut:
        return tr("Tokens out");
    case Repairs:
        return tr("Repairs");
    }
    return {};
}
