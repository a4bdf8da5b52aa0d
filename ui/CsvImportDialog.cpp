#include "ui/CsvImportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {

QTableWidget* table(const QStringList& headers, const QString& objectName) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size() && c < t->columnCount(); ++c) {
        // Imported text is shown as plain text, never interpreted.
        auto* item = new QTableWidgetItem(cells.at(c).left(500));
        item->setToolTip(cells.at(c).left(500).toHtmlEscaped());
        t->setItem(row, c, item);
    }
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString& title, const QStringList& headers,
                                 const QList<QStringList>& records,
                                 const QList<RowProblem>& problems, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel;
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    if (problems.isEmpty() && !records.isEmpty())
        summary->setText(tr("%n record(s) will be created. Nothing is written until you choose "
                            "Import.",
                            nullptr, static_cast<int>(records.size())));
    else if (records.isEmpty() && problems.isEmpty())
        summary->setText(tr("The file holds no records."));
    else
        summary->setText(tr("%n row(s) have problems. Nothing will be imported: the import is "
                            "all or nothing. Fix the rows listed below and try again.",
                            nullptr, static_cast<int>(problems.size())));
    layout->addWidget(summary);

    auto* recordsLabel = new QLabel(tr("&Records to create:"));
    m_records = table(headers, QStringLiteral("importRecords"));
    recordsLabel->setBuddy(m_records);
    m_records->setRowCount(static_cast<int>(records.size()));
    for (int r = 0; r < records.size(); ++r)
        setRow(m_records, r, records.at(r));
    m_records->resizeColumnsToContents();
    layout->addWidget(recordsLabel);
    layout->addWidget(m_records, 2);

    auto* problemsLabel = new QLabel(tr("&Problems:"));
    m_problems = table({tr("Row"), tr("Field"), tr("Problem")}, QStringLiteral("importProblems"));
    problemsLabel->setBuddy(m_problems);
    m_problems->setRowCount(static_cast<int>(problems.size()));
    for (int r = 0; r < problems.size(); ++r)
        setRow(m_problems, r,
               {QString::number(problems.at(r).row), problems.at(r).field, problems.at(r).message});
    m_problems->resizeColumnsToContents();
    problemsLabel->setVisible(!problems.isEmpty());
    m_problems->setVisible(!problems.isEmpty());
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importConfirm"));
    m_import->setEnabled(problems.isEmpty() && !records.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace quittance::ui
