// SPDX-License-Identifier: MIT
#include "sessionrow.h"

#include "changetable.h"
#include "deploy/packagespec.h"
#include "secrets/appenvironment.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcSessionRow, "spawnai.store.sessionrow")

enum Column
{
    Id,
    Prompt,
    AppTypeColumn,
    Provider,
    Model,
    TemplateName,
    SandboxKindColumn,
    Status,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
    AppUrl,
    SandboxId,
    ErrorKindColumn,
    ErrorMessage,
    ErrorRetryable,
    EstimatedCost,
    ActualCost,
    EnvNames,
    ApprovedScripts,
    ColumnCount,
};
} // namespace

namespace SessionRow {

QString approvedToJson(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort();
    sorted.removeDuplicates();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
}

QStringList approvedFromJson(const QString &json)
{
    // A name edited into the file that is no package name approves nothing.
    QStringList names;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (PackageSpec::validateApproval(value.toString(), nullptr))
            names << value.toString();
    }
    return names;
}

QString columns()
{
    return QStringLiteral(
        "id, prompt, app_type, provider, model, template_name, sandbox_kind, status, "
        "created_at, updated_at, expires_at, app_url, sandbox_id, error_kind, error_message, "
        "error_retryable, estimated_cost, actual_cost, env_names, approved_scripts");
}

QString insertSql()
{
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < ColumnCount; ++i)
        placeholders += u", ?";
    return u"INSERT INTO sessions (" + columns() + u") VALUES (" + placeholders + u")";
}

void bind(QSqlQuery &query, const Session &session)
{
    using StoreSql::optionalText;
    using StoreSql::text;
    query.addBindValue(session.id);
    query.addBindValue(text(session.prompt));
    query.addBindValue(appTypeToString(session.appType));
    query.addBindValue(text(session.provider));
    query.addBindValue(text(session.model));
    query.addBindValue(text(session.templateName));
    query.addBindValue(sandboxKindToString(session.sandboxKind));
    query.addBindValue(sessionStatusToString(session.status));
    query.addBindValue(StoreSql::timeValue(session.createdAt));
    query.addBindValue(StoreSql::timeValue(session.updatedAt));
    query.addBindValue(StoreSql::timeValue(session.expiresAt));
    query.addBindValue(optionalText(QString::fromUtf8(session.appUrl.toEncoded())));
    query.addBindValue(optionalText(session.sandboxId));
    query.addBindValue(optionalText(errorKindToString(session.error.kind)));
    query.addBindValue(optionalText(session.error.message));
    query.addBindValue(session.error.retryable ? 1 : 0);
    query.addBindValue(session.estimatedCost);
    query.addBindValue(session.actualCost);
    query.addBindValue(AppEnvironment::namesToJson(session.environmentNames));
    query.addBindValue(approvedToJson(session.approvedScripts));
}

Session read(const QSqlQuery &query)
{
    Session session;
    session.id = query.value(Id).toString();
    session.prompt = query.value(Prompt).toString();
    if (!appTypeFromString(query.value(AppTypeColumn).toString(), &session.appType))
        qCWarning(lcSessionRow) << "Session" << session.id << "has an unknown app type"
                                << query.value(AppTypeColumn).toString();
    session.provider = query.value(Provider).toString();
    session.model = query.value(Model).toString();
    session.templateName = query.value(TemplateName).toString();
    if (!sandboxKindFromString(query.value(SandboxKindColumn).toString(), &session.sandboxKind))
        qCWarning(lcSessionRow) << "Session" << session.id << "has an unknown sandbox kind"
                                << query.value(SandboxKindColumn).toString();
    if (!sessionStatusFromString(query.value(Status).toString(), &session.status)) {
        // Shown as failed rather than as a live session that nothing runs.
        qCWarning(lcSessionRow) << "Session" << session.id << "has an unknown status"
                                << query.value(Status).toString();
        session.status = SessionStatus::Failed;
    }
    session.createdAt = StoreSql::timeFromValue(query.value(CreatedAt));
    session.updatedAt = StoreSql::timeFromValue(query.value(UpdatedAt));
    session.expiresAt = StoreSql::timeFromValue(query.value(ExpiresAt));
    session.appUrl = QUrl::fromEncoded(query.value(AppUrl).toString().toUtf8());
    session.sandboxId = query.value(SandboxId).toString();
    session.error.kind = errorKindFromString(query.value(ErrorKindColumn).toString());
    session.error.message = query.value(ErrorMessage).toString();
    session.error.retryable = query.value(ErrorRetryable).toInt() != 0;
    session.estimatedCost = query.value(EstimatedCost).toDouble();
    session.actualCost = query.value(ActualCost).toDouble();
    session.environmentNames = AppEnvironment::namesFromJson(query.value(EnvNames).toString());
    session.approvedScripts = approvedFromJson(query.value(ApprovedScripts).toString());
    return session;
}

bool update(const QSqlDatabase &db, const QString &id, const QString &column, const QVariant &value,
            bool &found, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, u"UPDATE sessions SET " + column + u" = ?, updated_at = ? WHERE id = ?")) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(value);
    query.addBindValue(StoreSql::timeValue(StoreSql::now()));
    query.addBindValue(id);
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    found = query.numRowsAffected() > 0;
    if (!found)
        return true;
    const bool cost = column.endsWith(u"_cost") || column == u"estimate_basis";
    return cost ? ChangeTable::appendCost(db, id, error) : ChangeTable::appendStatus(db, id, {}, error);
}

bool touch(const QSqlDatabase &db, const QString &id, const QDateTime &now, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("UPDATE sessions SET updated_at = ? WHERE id = ?"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(StoreSql::timeValue(now));
    query.addBindValue(id);
    if (StoreSql::exec(query))
        return true;
    error = query.lastError();
    return false;
}

} // namespace SessionRow
