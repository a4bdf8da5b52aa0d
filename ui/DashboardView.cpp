#include "ui/DashboardView.h"
#include "ui/ThemeColors.h"

#include "ui/Format.h"
#include "ui/RevenueChart.h"
#include "ui/VaultController.h"
#include "ui/VaultWorker.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace quittance::ui {

DashboardView::DashboardView(VaultController& controller, QWidget* parent)
    : VaultPage(controller, parent) {
    setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(this);
    auto* cards = new QGridLayout;
    const QStringList titles = {tr("Outstanding"), tr("Overdue"), tr("Revenue this month"),
                                tr("Revenue this year")};
    QLabel** values[] = {&m_outstanding, &m_overdue, &m_month, &m_year};
    const QStringList names = {QStringLiteral("outstanding"), QStringLiteral("overdue"),
                               QStringLiteral("revenueMonth"), QStringLiteral("revenueYear")};
    for (int i = 0; i < 4; ++i) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(frame);
        auto* t = new QLabel(titles.at(i));
        *values[i] = new QLabel(QStringLiteral("—"));
        (*values[i])->setObjectName(names.at(i));
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
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);
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
    m_worker = new VaultWorker(controller, this);
}

struct DashboardView::Figures {
    std::optional<domain::Error> error;
    bool cancelled = false; // only by wait(), which drops the result
    QDate today;
    QString currency = QStringLiteral("EUR");
    qint64 outstanding = 0;
    qint64 overdue = 0;
    QMap<QString, qint64> byMonth; // "yyyy-MM" -> net, the last 12 months
    qint64 year = 0;
    std::vector<domain::DocumentSummary> latest;
};

DashboardView::~DashboardView() {
    m_worker->wait();
}

bool DashboardView::isRunning() const {
    return m_worker->isRunning();
}

bool DashboardView::isLoading() const {
    return m_loadQueued || m_worker->isRunning();
}

void DashboardView::reload() {
    if (!m_controller.isUnlocked())
        return;
    if (m_worker->isRunning()) {
        m_reloadPending = true; // one fresh run after this one, never mixed
        return;
    }
    if (m_loadQueued)
        return;
    m_loadQueued = true;
    QMetaObject::invokeMethod(this, &DashboardView::startLoad, Qt::QueuedConnection);
}

void DashboardView::stopLoad() {
    m_loadQueued = false;
    m_reloadPending = false;
    if (m_worker->isRunning()) {
        m_worker->wait(); // interrupts the query; its result is dropped
        m_status->clear();
    }
}

void DashboardView::hideEvent(QHideEvent* event) {
    // Another page is shown: it must be able to query now. (A minimised
    // window's hide event is spontaneous; the load then goes on.)
    if (!event->spontaneous())
        stopLoad();
    VaultPage::hideEvent(event);
}

void DashboardView::startLoad() {
    if (!m_loadQueued)
        return; // dropped by clear() or hiding
    m_loadQueued = false;
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    services::ProfileService* profile = &m_controller.profile();
    services::ReportService* reports = &m_controller.reports();
    services::DocumentService* documents = &m_controller.documents();
    const QDate today = m_controller.today();
    const bool started = m_worker->start(
        [profile, reports, documents, today](const std::atomic_bool& cancelled) {
            Figures out;
            out.today = today;
            auto fail = [&out](const domain::Error& e) {
                out.error = e;
                return out;
            };
            auto stop = [&out] {
                out.cancelled = true;
                return out;
            };
            auto p = profile->profile();
            if (!p)
                return fail(p.error());
            if (*p)
                out.currency = (*p)->defaultCurrency.code();
            if (cancelled)
                return stop();
            auto open = reports->outstanding(today);
            if (!open)
                return fail(open.error());
            for (const auto& r : *open) {
                if (r.currency == out.currency) {
                    out.outstanding += r.outstandingMinor;
                    out.overdue += r.overdueMinor;
                }
            }
            if (cancelled)
                return stop();
            const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
            auto months = reports->revenue({firstMonth, today}, true);
            if (!months)
                return fail(months.error());
            for (const auto& r : *months) {
                if (r.currency == out.currency)
                    out.byMonth[r.period] += r.netMinor;
            }
            // The twelve months always include this year's months so far.
            const QString thisYear = QString::number(today.year()) + QLatin1Char('-');
            for (auto it = out.byMonth.cbegin(); it != out.byMonth.cend(); ++it)
                if (it.key().startsWith(thisYear))
                    out.year += it.value();
            if (cancelled)
                return stop();
            domain::DocumentFilter f;
            f.limit = 10;
            f.types = {domain::DocumentType::Invoice, domain::DocumentType::CreditNote,
                       domain::DocumentType::Quote};
            auto latest = documents->list(f);
            if (!latest)
                return fail(latest.error());
            out.latest = std::move(*latest);
            return out;
        },
        [this](const Figures& figures) { showFigures(figures); });
    if (started)
        m_status->setText(tr("Loading…"));
}

void DashboardView::showFigures(const Figures& figures) {
    if (m_reloadPending) {
        // Newer data was asked for while this ran: show only the next run.
        m_reloadPending = false;
        reload();
        return;
    }
    if (figures.cancelled) {
        m_status->clear();
        Q_EMIT finished();
        return;
    }
    if (figures.error) {
        m_status->setText(tr("The figures could not be loaded: %1").arg(figures.error->message));
        ThemeColors::markAsError(m_status);
        Q_EMIT finished();
        return;
    }
    ThemeColors::markAsError(m_status, false);
    m_status->clear();
    const QString& currency = figures.currency;
    m_outstanding->setText(Format::money(figures.outstanding, currency));
    m_overdue->setText(Format::money(figures.overdue, currency));
    ThemeColors::markAsError(m_overdue, figures.overdue > 0);

    const QDate today = figures.today;
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    QList<RevenueChart::Bar> bars;
    for (int i = 0; i < 12; ++i) {
        const QDate m = firstMonth.addMonths(i);
        bars.append({QLocale().monthName(m.month(), QLocale::ShortFormat),
                     figures.byMonth.value(m.toString(QStringLiteral("yyyy-MM")))});
    }
    m_chart->setBars(bars, currency);
    m_month->setText(
        Format::money(figures.byMonth.value(today.toString(QStringLiteral("yyyy-MM"))), currency));
    m_year->setText(Format::money(figures.year, currency));

    m_latest->setRowCount(static_cast<int>(figures.latest.size()));
    int i = 0;
    for (const auto& s : figures.latest) {
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
    m_latest->resizeColumnToContents(0);
    Q_EMIT finished();
}

void DashboardView::clear() {
    stopLoad();
    m_status->clear();
    ThemeColors::markAsError(m_status, false);
    for (QLabel* l : {m_outstanding, m_overdue, m_month, m_year})
        l->setText(QStringLiteral("—"));
    ThemeColors::markAsError(m_overdue, false);
    m_chart->clear();
    m_latest->setRowCount(0);
}

} // namespace quittance::ui
