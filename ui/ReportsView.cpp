#include "ui/ReportsView.h"

#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {
QTableWidget* makeTable(const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n'))) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}
} // namespace

ReportsView::ReportsView(VaultController& controller, QWidget* parent)
    : VaultPage(controller, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* fromLabel = new QLabel(tr("Period &from:"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"));
    toLabel->setBuddy(m_to);
    auto* refresh = new QPushButton(tr("&Refresh"));
    auto* csv = new QPushButton(tr("Export &CSV…"));
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(refresh);
    row->addStretch();
    row->addWidget(csv);
    layout->addLayout(row);
    m_tabs = new QTabWidget;
    m_aging = makeTable({tr("Currency"), tr("Not due"), tr("1–30 days"), tr("31–60 days"),
                         tr("61–90 days"), tr("Over 90 days"), tr("Total")});
    m_revenue = makeTable(
        {tr("Month"), tr("Currency"), tr("Net"), tr("Tax"), tr("Gross"), tr("Documents")});
    m_tax = makeTable({tr("Currency"), tr("Category"), tr("Rate %"), tr("Taxable"), tr("Tax")});
    m_tabs->addTab(m_aging, tr("&Aging (today)"));
    m_tabs->addTab(m_revenue, tr("Re&venue"));
    m_tabs->addTab(m_tax, tr("Ta&x summary"));
    layout->addWidget(m_tabs, 1);
    connect(refresh, &QPushButton::clicked, this, &ReportsView::reload);
    connect(csv, &QPushButton::clicked, this, &ReportsView::exportCsv);
}

void ReportsView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto& reports = m_controller.reports();
    const domain::DateRange range{m_from->date(), m_to->date()};
    m_aging->setRowCount(0);
    if (auto rows = reports.aging(m_controller.today())) {
        m_aging->setRowCount(static_cast<int>(rows->size()));
        int i = 0;
        for (const auto& r : *rows) {
            setRow(m_aging, i++,
                   {r.currency, Format::money(r.notDueMinor, r.currency),
                    Format::money(r.days1to30Minor, r.currency),
                    Format::money(r.days31to60Minor, r.currency),
                    Format::money(r.days61to90Minor, r.currency),
                    Format::money(r.over90Minor, r.currency),
                    Format::money(r.totalMinor(), r.currency)});
        }
    }
    m_revenue->setRowCount(0);
    if (auto rows = reports.revenue(range, true)) {
        m_revenue->setRowCount(static_cast<int>(rows->size()));
        int i = 0;
        for (const auto& r : *rows) {
            setRow(m_revenue, i++,
                   {r.period, r.currency, Format::money(r.netMinor, r.currency),
                    Format::money(r.taxMinor, r.currency), Format::money(r.grossMinor, r.currency),
                    QString::number(r.documents)});
        }
    }
    m_tax->setRowCount(0);
    if (auto rows = reports.taxSummary(range)) {
        m_tax->setRowCount(static_cast<int>(rows->size()));
        int i = 0;
        for (const auto& r : *rows) {
            setRow(m_tax, i++,
                   {r.currency, Format::taxCategory(r.category), r.rate.toString(),
                    Format::money(r.taxableMinor, r.currency),
                    Format::money(r.taxMinor, r.currency)});
        }
    }
}

void ReportsView::clear() {
    m_aging->setRowCount(0);
    m_revenue->setRowCount(0);
    m_tax->setRowCount(0);
}

QString ReportsView::currentCsv() const {
    const auto* t = static_cast<QTableWidget*>(m_tabs->currentWidget());
    QString out;
    QStringList header;
    for (int c = 0; c < t->columnCount(); ++c)
        header.append(csvField(t->horizontalHeaderItem(c)->text()));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells.append(csvField(t->item(r, c) ? t->item(r, c)->text() : QString()));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

void ReportsView::exportCsv() {
    auto& box = MessageBoxService::instance();
    const QString path = box.saveFileName(this, tr("Export CSV"), QStringLiteral("report.csv"),
                                          tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(currentCsv().toUtf8()) < 0 || !file.commit())
        box.warning(this, tr("Export CSV"), tr("Could not write %1.").arg(path));
}

} // namespace quittance::ui
