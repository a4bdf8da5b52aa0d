#include "ui/DashboardView.h"
#include "ui/ThemeColors.h"

#include "ui/Format.h"
#include "ui/RevenueChart.h"
#include "ui/VaultController.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quittance::ui {

DashboardView::DashboardView(VaultController& controller, QWidget* parent)
    : VaultPage(controller, parent) {
    setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(this);
    auto* cards = new QGridLayout;
    const QStringList titles = {tr("Outstanding"), tr("Overdue"), tr("Revenue this month"),
                                tr("Revenue this year")};
    QLabel** values[] = {&m_outstanding, &m_overdue, &m_month, &m_year};
    for (int i = 0; i < 4; ++i) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(frame);
        auto* t = new QLabel(titles.at(i));
        *values[i] = new QLabel(QStringLiteral("—"));
        QFont f = (*values[i])->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        (*values[i])->setFont(f);
        (*values[i])->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(t);
        v->addWidget(*values[i]);
        cards->addWidget(frame, 0, i);
    }
    layout->addLayout(cards);
    m_chart = new RevenueChart;
    layout->addWidget(m_chart, 2);
    auto* latestTitle = new QLabel(tr("<b>Latest documents</b>"));
    layout->addWidget(latestTitle);
    m_latest = new QTableWidget(0, 5);
    m_latest->setHorizontalHeaderLabels(
        {tr("Number"), tr("Status"), tr("Client"), tr("Issue date"), tr("Total")});
    m_latest->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_latest->verticalHeader()->setVisible(false);
    m_latest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_latest->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_latest->setAccessibleName(tr("Latest documents"));
    layout->addWidget(m_latest, 1);
    connect(m_latest, &QTableWidget::cellDoubleClicked, this, [this] { Q_EMIT openInvoices(); });
}

void DashboardView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    const QDate today = m_controller.today();
    QString currency = QStringLiteral("EUR");
    if (auto p = m_controller.profile().profile(); p && *p)
        currency = (*p)->defaultCurrency.code();

    qint64 outstanding = 0;
    qint64 overdue = 0;
    if (auto rows = m_controller.reports().outstanding(today)) {
        for (const auto& r : *rows) {
            if (r.currency == currency) {
                outstanding += r.outstandingMinor;
                overdue += r.overdueMinor;
            }
        }
    }
    m_outstanding->setText(Format::money(outstanding, currency));
    m_overdue->setText(Format::money(overdue, currency));
    ThemeColors::markAsError(m_overdue, overdue > 0);

    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    QMap<QString, qint64> byMonth;
    if (auto rows = m_controller.reports().revenue({firstMonth, today}, true)) {
        for (const auto& r : *rows) {
            if (r.currency == currency)
                byMonth[r.period] += r.netMinor;
        }
    }
    QList<RevenueChart::Bar> bars;
    for (int i = 0; i < 12; ++i) {
        const QDate m = firstMonth.addMonths(i);
        bars.append({QLocale().monthName(m.month(), QLocale::ShortFormat),
                     byMonth.value(m.toString(QStringLiteral("yyyy-MM")))});
    }
    m_chart->setBars(bars, currency);
    m_month->setText(
        Format::money(byMonth.value(today.toString(QStringLiteral("yyyy-MM"))), currency));
    qint64 year = 0;
    if (auto rows = m_controller.reports().revenue({QDate(today.year(), 1, 1), today}, false)) {
        for (const auto& r : *rows) {
            if (r.currency == currency)
                year += r.netMinor;
        }
    }
    m_year->setText(Format::money(year, currency));

    domain::DocumentFilter f;
    f.limit = 10;
    f.types = {domain::DocumentType::Invoice, domain::DocumentType::CreditNote,
               domain::DocumentType::Quote};
    m_latest->setRowCount(0);
    if (auto rows = m_controller.documents().list(f)) {
        m_latest->setRowCount(static_cast<int>(rows->size()));
        int i = 0;
        for (const auto& s : *rows) {
            m_latest->setItem(i, 0,
                              new QTableWidgetItem(s.number.isEmpty() ? tr("(draft)") : s.number));
            m_latest->setItem(i, 1, new QTableWidgetItem(Format::status(s.status)));
            m_latest->setItem(i, 2, new QTableWidgetItem(s.clientName));
            m_latest->setItem(i, 3, new QTableWidgetItem(s.issueDate.toString(Qt::ISODate)));
            auto* total = new QTableWidgetItem(Format::money(s.grossMinor, s.currency));
            total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_latest->setItem(i, 4, total);
            ++i;
        }
    }
    m_latest->resizeColumnToContents(0);
}

void DashboardView::clear() {
    for (QLabel* l : {m_outstanding, m_overdue, m_month, m_year})
        l->setText(QStringLiteral("—"));
    m_chart->clear();
    m_latest->setRowCount(0);
}

} // namespace quittance::ui
