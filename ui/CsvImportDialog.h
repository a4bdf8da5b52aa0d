#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace quittance::ui {

// The preview of a CSV import: what would be created and, per row, what is
// wrong. Nothing is written by this dialog; "Import" is enabled only when
// every row is valid (the import is all or nothing) and accepting it is the
// user's confirmation.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    struct RowProblem {
        int row = 0;
        QString field;
        QString message;
    };

    CsvImportDialog(const QString& title, const QStringList& headers,
                    const QList<QStringList>& records, const QList<RowProblem>& problems,
                    QWidget* parent = nullptr);

    QPushButton* importButton() const { return m_import; }
    QTableWidget* recordTable() const { return m_records; }
    QTableWidget* problemTable() const { return m_problems; }

private:
    QTableWidget* m_records = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace quittance::ui
