#include "ui/FieldError.h"

#include "ui/ThemeColors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace quittance::ui {

QLabel* FieldError::label(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    ThemeColors::markAsError(label);
    return label;
}

QWidget* FieldError::below(QWidget* field, QLabel* error) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace quittance::ui
