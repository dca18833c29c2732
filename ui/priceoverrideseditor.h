// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class AppSettings;
class QTableWidget;

// Settings > Budget > Prices: the user's own price per model, which wins over
// resources/pricing.json (prices change every few weeks, and a contract may
// have its own). Rows with a model name are saved at once as the JSON the
// setting holds; the spend meter applies them from the next request.
class PriceOverridesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceOverridesEditor)

public:
    explicit PriceOverridesEditor(AppSettings *settings, QWidget *parent = nullptr);
    ~PriceOverridesEditor() override;

    // Adds an empty row and starts editing its model name.
    void addRow();
    // Starts editing `model`'s input price: its row, or a new row with its
    // name and empty prices (a row is saved once its input and output prices
    // are both typed, so a visit does not make the model free).
    void editPrice(const QString &model);

private:
    void load();
    void save();
    void removeSelected();

    AppSettings *m_settings;
    QTableWidget *m_table;
    bool m_loading = false;
};
