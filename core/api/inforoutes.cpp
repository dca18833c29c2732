// SPDX-License-Identifier: MIT
#include "inforoutes.h"

#include "apiexchange.h"
#include "apiserver.h"
#include "billing/costtracker.h"
#include "billing/pricetable.h"
#include "costsjson.h"
#include "deploy/templatelibrary.h"
#include "llm/anthropicclient.h"
#include "sandbox/local/localsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InfoRoutes", text);
}

std::optional<QDate> dateParameter(ApiExchange &exchange, const QString &name)
{
    const QString text = exchange.query().queryItemValue(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid()) {
        exchange.answerError(ApiError::badRequest(tr("\"%1\" is a date, YYYY-MM-DD").arg(name), name));
        return std::nullopt;
    }
    return date;
}
} // namespace

InfoRoutes::InfoRoutes(ApiServer *server, Sources sources, QObject *parent)
    : QObject(parent)
    , m_manager(sources.manager)
    , m_sources(std::move(sources))
{
    ApiServer::Route health{"GET", QStringLiteral("/health"), [this](ApiExchange &e) { this->health(e); }, {}};
    health.needsToken = false;
    server->addRoute(health);
    server->addRoute({"GET", QStringLiteral("/health/ready"), [this](ApiExchange &e) { ready(e); }, {}});
    server->addRoute({"GET", QStringLiteral("/api/v1/openapi.json"), [this](ApiExchange &e) { openApi(e); }, {}});
    server->addRoute({"GET", QStringLiteral("/api/v1/templates"), [this](ApiExchange &e) { templates(e); }, {}});
    server->addRoute({"GET", QStringLiteral("/api/v1/models"), [this](ApiExchange &e) { models(e); }, {}});
    server->addRoute({"GET", QStringLiteral("/api/v1/costs"), [this](ApiExchange &e) { costs(e); },
                      {QStringLiteral("since"), QStringLiteral("until")}});
}

InfoRoutes::~InfoRoutes() = default;

void InfoRoutes::health(ApiExchange &exchange)
{
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                       {QStringLiteral("version"),
                                                        QCoreApplication::applicationVersion()}}));
}

void InfoRoutes::ready(ApiExchange &exchange)
{
    QJsonArray checks;
    bool allOk = true;
    const auto check = [&checks, &allOk](const QString &name, bool ok, const QString &detail) {
        QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("ok"), ok}};
        if (!detail.isEmpty())
            object.insert(QStringLiteral("detail"), detail);
        checks.append(object);
        allOk = allOk && ok;
    };
    // The store takes the write lock (BEGIN IMMEDIATE) and lets it go:
    // a read-only file or a full disk's locked journal shows here.
    bool writable = false;
    if (m_manager) {
        const QSqlDatabase db = m_manager->store()->database().connection();
        QSqlQuery query(db);
        writable = db.isOpen() && query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (writable)
            query.exec(QStringLiteral("ROLLBACK"));
    }
    check(QStringLiteral("store"), writable, writable ? QString() : tr("The history cannot be written"));
    const QString localProblem = LocalSandboxProvider::unavailableReason();
    check(QStringLiteral("localSandbox"), localProblem.isEmpty(), localProblem);
    QJsonObject result{{QStringLiteral("status"), allOk ? QStringLiteral("ready") : QStringLiteral("unavailable")},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("keys"), QJsonArray::fromStringList(m_sources.keysSet ? m_sources.keysSet()
                                                                                              : QStringList())},
                       {QStringLiteral("e2b"), m_sources.cloud && m_sources.cloud->isE2bEnabled()}};
    exchange.answerJson(allOk ? 200 : 503, QJsonDocument(result));
}

void InfoRoutes::openApi(ApiExchange &exchange)
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        exchange.answerError(ApiError::from(SpawnError::system(tr("The OpenAPI document is missing from this build"))));
        return;
    }
    exchange.answer(200, file.readAll(), "application/json");
}

void InfoRoutes::templates(ApiExchange &exchange)
{
    TemplateLibrary library;
    QJsonArray templates;
    for (const QString &name : library.availableTemplates()) {
        SpawnError error;
        const std::optional<Manifest> manifest = library.manifest(name, &error);
        templates.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), manifest ? appTypeToString(manifest->type()) : QString()},
            {QStringLiteral("description"), manifest ? manifest->description() : QString()}});
    }
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("templates"), templates}}));
}

void InfoRoutes::models(ApiExchange &exchange)
{
    QFile file(QStringLiteral(":/pricing.json"));
    QJsonArray models;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray table = QJsonDocument::fromJson(file.readAll()).object().value(u"models").toArray();
        for (const QJsonValue &entry : table) {
            const QString id = entry.toObject().value(u"id").toString();
            const std::optional<ModelPrice> price = PriceTable::current().price(id);
            QJsonObject model{{QStringLiteral("id"), id}, {QStringLiteral("provider"), QStringLiteral("anthropic")}};
            if (price) {
                model.insert(QStringLiteral("inputPerMillion"), price->input);
                model.insert(QStringLiteral("outputPerMillion"), price->output);
            }
            models.append(model);
        }
    }
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("models"), models},
                                                       {QStringLiteral("default"), AnthropicClient::defaultModel()}}));
}

void InfoRoutes::costs(ApiExchange &exchange)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate first = monthStart;
    QDate last = monthStart.addMonths(1).addDays(-1);
    if (exchange.query().hasQueryItem(QStringLiteral("since"))) {
        const std::optional<QDate> since = dateParameter(exchange, QStringLiteral("since"));
        if (!since)
            return;
        first = *since;
    }
    if (exchange.query().hasQueryItem(QStringLiteral("until"))) {
        const std::optional<QDate> until = dateParameter(exchange, QStringLiteral("until"));
        if (!until)
            return;
        last = *until;
    }
    if (first > last) {
        exchange.answerError(ApiError::badRequest(tr("\"since\" is after \"until\""), QStringLiteral("since")));
        return;
    }
    const CostTracker tracker(m_manager->store()->database());
    CostReport report;
    CostsJson::BudgetState state;
    state.month = today.toString(QStringLiteral("yyyy-MM"));
    SpawnError error = tracker.report(CostPeriod::days(first, last), 10, &report);
    if (!error.isError())
        error = tracker.monthSpent(today, &state.monthSpent);
    if (error.isError()) {
        exchange.answerError(ApiError::from(error));
        return;
    }
    if (m_sources.budgetSource)
        state.budgetSource = m_sources.budgetSource();
    if (m_sources.perSessionBudgetSource)
        state.perSessionBudgetSource = m_sources.perSessionBudgetSource();
    const Budget budget = m_sources.budget ? m_sources.budget() : Budget();
    exchange.answerJson(200, QJsonDocument(CostsJson::report(report, budget, state)));
}
