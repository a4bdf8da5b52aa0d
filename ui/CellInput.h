#pragma once

#include "domain/Decimal.h"
#include "domain/Error.h"
#include "domain/TaxCategory.h"

#include <QCoreApplication>
#include <QString>

namespace quittance::ui {

// Parses what a user typed into an editable table cell (the editor's line
// and allowance/charge tables): numbers with a decimal point or comma, tax
// category codes. Errors carry a translated sentence for the error label.
class CellInput {
    Q_DECLARE_TR_FUNCTIONS(quittance::ui::CellInput)
public:
    static domain::Result<domain::Decimal> decimal(const QString& text);
    static domain::Result<domain::TaxCategory> taxCategory(const QString& text);
};

} // namespace quittance::ui
