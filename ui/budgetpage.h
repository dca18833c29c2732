// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class AppSettings;
class PriceOverridesEditor;

// Settings ▸ Budget: the monthly budget and the cap per session in USD
// (0: none) and what happens when one is used up. Each change is saved at
// once.
class BudgetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPage)

public:
    explicit BudgetPage(AppSettings *settings, QWidget *parent = nullptr);
    ~BudgetPage() override;

    // Prices: starts editing `model`'s price.
    void editPrice(const QString &model);

private:
    PriceOverridesEditor *m_prices;
};
