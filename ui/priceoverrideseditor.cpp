// SPDX-License-Identifier: MIT
#include "priceoverrideseditor.h"

#include "billing/pricetable.h"
#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Model, Input, Output, CacheWrite, CacheRead, ColumnCount };
} // namespace

PriceOverridesEditor::PriceOverridesEditor(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("priceOverridesEditor"));
    auto *intro = new QLabel(tr("Your own prices in US dollars per million tokens. A model listed here is "
                                "priced with these instead of the built-in table. An empty cache price follows "
                                "the input price (for Claude: 1.25 times to write, a tenth to read)."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("priceOverridesTable"));
    m_table->setAccessibleName(tr("Price overrides"));
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input"), tr("Output"), tr("Cache write"), tr("Cache read")});
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // The table's corner button selects every row; screen readers name it too.
    for (QAbstractButton *button : m_table->findChildren<QAbstractButton *>()) {
        button->setObjectName(QStringLiteral("selectAllPricesButton"));
        button->setAccessibleName(tr("Select all prices"));
    }
    m_table->setMinimumHeight(120);

    auto *add = new QPushButton(tr("&Add price"), this);
    add->setObjectName(QStringLiteral("addPriceButton"));
    add->setAccessibleName(tr("Add a price"));
    auto *remove = new QPushButton(tr("Re&move price"), this);
    remove->setObjectName(QStringLiteral("removePriceButton"));
    remove->setAccessibleName(tr("Remove the selected price"));
    connect(add, &QPushButton::clicked, this, &PriceOverridesEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &PriceOverridesEditor::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            save();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    load();
}

PriceOverridesEditor::~PriceOverridesEditor() = default;

void PriceOverridesEditor::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, Model);
    m_table->editItem(m_table->item(row, Model));
}

void PriceOverridesEditor::editPrice(const QString &model)
{
    int row = 0;
    while (row < m_table->rowCount() && !(m_table->item(row, Model) && m_table->item(row, Model)->text() == model))
        ++row;
    if (row == m_table->rowCount()) {
        m_loading = true;
        m_table->insertRow(row);
        m_table->setItem(row, Model, new QTableWidgetItem(model));
        for (int column = Input; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        m_loading = false;
    }
    m_table->setCurrentCell(row, Input);
    m_table->scrollToItem(m_table->item(row, Input));
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, Input));
}

void PriceOverridesEditor::load()
{
    m_loading = true;
    m_table->setRowCount(0);
    const QJsonDocument document = QJsonDocument::fromJson(m_settings->priceOverrides().toUtf8());
    const QJsonArray entries = document.isArray() ? document.array() : document.object().value(u"models").toArray();
    SpawnError error;
    const auto prices = PriceTable::pricesFromJson(entries, &error);
    for (const ModelPrice &price : prices.value_or(QList<ModelPrice>())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QList<double> values{price.input, price.output, price.cacheWrite, price.cacheRead};
        m_table->setItem(row, Model, new QTableWidgetItem(price.model));
        for (int column = Input; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(QLocale().toString(values.at(column - Input), 'g', 10)));
    }
    m_loading = false;
}

void PriceOverridesEditor::save()
{
    QList<ModelPrice> prices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *model = m_table->item(row, Model);
        if (!model || model->text().trimmed().isEmpty())
            continue;  // a row being filled in
        // A price counts once both input and output are typed: a half-typed
        // row saved at once would price past requests without their output.
        const auto typed = [this, row](int column) {
            return m_table->item(row, column) && !m_table->item(row, column)->text().trimmed().isEmpty();
        };
        if (!typed(Input) || !typed(Output))
            continue;
        auto number = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                return 0.0;
            bool ok = false;
            double value = QLocale().toDouble(item->text(), &ok);
            if (!ok)
                value = item->text().toDouble();  // "2.5" typed under a locale with a decimal comma
            return std::max(0.0, value);
        };
        ModelPrice price;
        price.model = model->text().trimmed();
        price.input = number(Input);
        price.output = number(Output);
        // An empty cache price would make cached tokens free: it follows the
        // input price, by Anthropic's rule for Claude (a 5-minute write 1.25
        // times, a read a tenth), else at the input price, and says so.
        const bool claude = PriceTable::canonicalModelId(price.model).startsWith(u"claude");
        const auto orInput = [&](int column, double claudeFactor) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (item && !item->text().trimmed().isEmpty())
                return number(column);
            const double derived = price.input * (claude ? claudeFactor : 1.0);
            m_loading = true;
            m_table->setItem(row, column, new QTableWidgetItem(QLocale().toString(derived, 'g', 10)));
            m_loading = false;
            return derived;
        };
        price.cacheWrite = orInput(CacheWrite, 1.25);
        price.cacheRead = orInput(CacheRead, 0.1);
        price.source = tr("your settings");
        price.date = QDate::currentDate().toString(Qt::ISODate);
        prices.append(price);
    }
    // The setting holds an object, {"models": [...]}, in pricing.json's entry format.
    const QJsonObject overrides{{QStringLiteral("models"), PriceTable::pricesToJson(prices)}};
    const QByteArray json = QJsonDocument(overrides).toJson(QJsonDocument::Compact);
    m_settings->setValue(SettingKey::PriceOverrides, prices.isEmpty() ? QString() : QString::fromUtf8(json));
}

void PriceOverridesEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    save();
}
