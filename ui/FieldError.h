#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace quittance::ui {

// The error shown next to an input field: a hidden, word-wrapped label in
// the palette's error colour (ThemeColors), and a box that stacks it under
// its field.
class FieldError {
public:
    static QLabel* label(const QString& objectName);
    static QWidget* below(QWidget* field, QLabel* error);
};

} // namespace quittance::ui
