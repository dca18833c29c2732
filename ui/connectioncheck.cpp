// SPDX-License-Identifier: MIT
#include "connectioncheck.h"

#include "billing/pricetable.h"
#include "llm/llmclient.h"
#include "llm/modellisting.h"

ConnectionCheck::ConnectionCheck(LlmClient *client, QObject *parent)
    : PendingOperation(parent)
    , m_listing(client->listModels())
    , m_service(client->endpoint().serviceName)
    , m_baseUrl(client->endpoint().baseUrl)
{
    m_listing->setParent(this);
    connect(m_listing, &AsyncOperation::finished, this, &ConnectionCheck::onListed);
    setAbortHandler([this] {
        if (m_listing)
            m_listing->cancel();
    });
}

ConnectionCheck::~ConnectionCheck()
{
    setAbortHandler(nullptr);  // the listing, a child, stops itself when destroyed
}

QString ConnectionCheck::summary() const
{
    if (!isFinished())
        return tr("Testing the connection…");
    if (succeeded() && !m_unpriced.isEmpty()) {
        return tr("Connected: %n model(s) available. No price is known for %1: set one in Settings > Budget > "
                  "Prices before using it.", nullptr, modelCount())
            .arg(m_unpriced.join(QStringLiteral(", ")));
    }
    if (succeeded())
        return tr("Connected: %n model(s) available.", nullptr, modelCount());
    if (isCancelled())
        return tr("The test was cancelled.");
    return tr("The connection failed: %1").arg(error().message);
}

void ConnectionCheck::onListed()
{
    if (isFinished())
        return;
    if (!m_listing->succeeded()) {
        fail(m_listing->error());
        return;
    }
    if (m_listing->isFallback()) {
        fail(m_listing->fallbackReason());
        return;
    }
    const PriceTable &prices = PriceTable::current();
    for (const ModelInfo &model : m_listing->models()) {
        m_models << model.id;
        if (prices.lookup(model.id, m_baseUrl).isUnknown())
            m_unpriced << model.id;
    }
    succeed();
}
