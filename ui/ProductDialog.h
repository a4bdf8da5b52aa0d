#pragma once

#include "domain/Product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace quittance::ui {

class VaultController;

// Adds or edits one product; stays open until the service accepts it.
class ProductDialog : public QDialog {
    Q_OBJECT
public:
    ProductDialog(VaultController& controller, QWidget* parent = nullptr);

    void setProduct(const domain::Product& product);
    const domain::Product& product() const { return m_product; }
    void accept() override;

private:
    VaultController& m_controller;
    domain::Product m_product;
    bool m_isNew = true;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_price = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_rate = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace quittance::ui
