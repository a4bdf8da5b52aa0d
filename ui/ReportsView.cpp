#include "ui/ReportsView.h"

#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/ThemeColors.h"
#include "ui/VaultController.h"
#include "ui/VaultWorker.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
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
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    layout->addWidget(m_status);
    m_progress = new QProgressDialog(tr("Computing the reports…"), tr("Cancel"), 0, 3, this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // no flash for the usual fast case
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(true); // reset() hides it
    m_progress->reset();
    m_worker = new VaultWorker(controller, this);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportsView::cancel);
    connect(m_worker, &VaultWorker::finished, this, &ReportsView::finished);
    connect(refresh, &QPushButton::clicked, this, &ReportsView::reload);
    connect(csv, &QPushButton::clicked, this, &ReportsView::exportCsv);
}

ReportsView::~ReportsView() {
    waitForWorker();
}

bool ReportsView::isRunning() const {
    return m_worker->isRunning();
}

void ReportsView::waitForWorker() {
    if (!m_worker->isRunning())
        return;
    m_worker->wait();
    if (m_progress)
        m_progress->reset();
}

void ReportsView::hideEvent(QHideEvent* event) {
    // A minimised window's hide event is spontaneous: the reports go on.
    if (!event->spontaneous() && m_worker->isRunning()) {
        cancel();
        waitForWorker();
    }
    VaultPage::hideEvent(event);
}

void ReportsView::cancel() {
    m_worker->cancel();
}

void ReportsView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy() || m_worker->isRunning())
        return;
    services::ReportService* reports = &m_controller.reports();
    const domain::DateRange range{m_from->date(), m_to->date()};
    const QDate today = m_controller.today();

    QPointer<QProgressDialog> progress(m_progress);
    auto step = [progress](int done) {
        QMetaObject::invokeMethod(
            qApp,
            [progress, done] {
                if (progress && progress->maximum() > 0)
                    progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    // While the worker holds the connection no view may query (isBusy) and
    // the modal dialog keeps the user from starting anything else.
    const bool started = m_worker->start(
        [reports, range, today, step](const std::atomic_bool& cancelled) -> domain::Result<Data> {
            Data out;
            auto stop = [&out] {
                out.cancelled = true;
                return out;
            };
            if (cancelled)
                return stop();
            auto aging = reports->aging(today);
            if (cancelled)
                return stop();
            if (!aging)
                return std::unexpected(aging.error());
            out.aging = std::move(*aging);
            step(1);
            auto revenue = reports->revenue(range, true);
            if (cancelled)
                return stop();
            if (!revenue)
                return std::unexpected(revenue.error());
            out.revenue = std::move(*revenue);
            step(2);
            auto tax = reports->taxSummary(range);
            if (cancelled)
                return stop();
            if (!tax)
                return std::unexpected(tax.error());
            out.tax = std::move(*tax);
            return out;
        },
        [this](const domain::Result<Data>& result) { showResult(result); });
    if (!started)
        return;
    m_status->setText(tr("Computing the reports…"));
    m_progress->setValue(0);
}

void ReportsView::showResult(const domain::Result<Data>& result) {
    m_progress->reset();
    if (!result) {
        m_status->setText(tr("The reports could not be computed: %1").arg(result.error().message));
        ThemeColors::markAsError(m_status);
        return;
    }
    ThemeColors::markAsError(m_status, false);
    if (result->cancelled) {
        m_status->setText(tr("Cancelled; the tables show the previous result."));
        return;
    }
    m_status->clear();
    m_aging->setRowCount(static_cast<int>(result->aging.size()));
    int i = 0;
    for (const auto& r : result->aging) {
        setRow(m_aging, i++,
               {r.currency, Format::money(r.notDueMinor, r.currency),
                Format::money(r.days1to30Minor, r.currency),
                Format::money(r.days31to60Minor, r.currency),
                Format::money(r.days61to90Minor, r.currency),
                Format::money(r.over90Minor, r.currency),
                Format::money(r.totalMinor(), r.currency)});
    }
    m_revenue->setRowCount(static_cast<int>(result->revenue.size()));
    i = 0;
    for (const auto& r : result->revenue) {
        setRow(m_revenue, i++,
               {r.period, r.currency, Format::money(r.netMinor, r.currency),
                Format::money(r.taxMinor, r.currency), Format::money(r.grossMinor, r.currency),
                QString::number(r.documents)});
    }
    m_tax->setRowCount(static_cast<int>(result->tax.size()));
    i = 0;
    for (const auto& r : result->tax) {
        setRow(m_tax, i++,
               {r.currency, Format::taxCategory(r.category), r.rate.toString(),
                Format::money(r.taxableMinor, r.currency), Format::money(r.taxMinor, r.currency)});
    }
}

void ReportsView::clear() {
    waitForWorker();
    m_status->clear();
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
