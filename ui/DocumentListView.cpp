#include "ui/DocumentListView.h"

#include "services/PdfService.h"
#include "ui/DocumentActions.h"
#include "ui/DocumentEditor.h"
#include "ui/DocumentListModel.h"
#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace quittance::ui {

using domain::DocumentStatus;
using domain::DocumentType;

DocumentListView::DocumentListView(VaultController& controller, QList<DocumentType> types,
                                   QWidget* parent)
    : VaultPage(controller, parent)
    , m_types(std::move(types)) {
    const bool quotes = m_types.contains(DocumentType::Quote);
    auto* layout = new QVBoxLayout(this);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* newAction = toolbar->addAction(quotes ? tr("&New quote") : tr("&New invoice"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newDocument"));
    connect(newAction, &QAction::triggered, this, &DocumentListView::newDocument);
    if (!quotes) {
        auto* credit = toolbar->addAction(tr("New credit note"));
        connect(credit, &QAction::triggered, this, [this] {
            DocumentEditor editor(m_controller, this);
            if (editor.startNew(DocumentType::CreditNote))
                editor.exec();
            reload();
        });
    }
    toolbar->addSeparator();
    m_open = toolbar->addAction(tr("&Open"), this, &DocumentListView::openSelected);
    using A = DocumentActions::Action;
    auto addDocumentAction = [this, toolbar](A action) {
        QAction* a = toolbar->addAction(DocumentActions::text(action), this,
                                        [this, action] { act(action); });
        a->setObjectName(DocumentActions::objectName(action));
        return a;
    };
    m_issue = addDocumentAction(A::Issue);
    m_sent = addDocumentAction(A::MarkSent);
    m_payment = addDocumentAction(A::RecordPayment);
    m_credit = addDocumentAction(A::CreditNote);
    m_duplicate = addDocumentAction(A::Duplicate);
    m_pdf = addDocumentAction(A::ExportPdf);
    m_delete = addDocumentAction(A::DeleteDraft);
    m_delete->setShortcut(QKeySequence::Delete);
    toolbar->addSeparator();
    auto* batch =
        toolbar->addAction(tr("Export &all shown…"), this, &DocumentListView::exportBatch);
    batch->setObjectName(QStringLiteral("exportBatch"));
    layout->addWidget(toolbar);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number, client, lines, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search documents"));
    auto* searchLabel = new QLabel(tr("Sea&rch:"));
    searchLabel->setBuddy(m_search);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Overdue"), -2);
    const QList<DocumentStatus> statuses =
        quotes ? QList<DocumentStatus>{DocumentStatus::Draft, DocumentStatus::Sent,
                                       DocumentStatus::Accepted, DocumentStatus::Declined,
                                       DocumentStatus::Expired}
               : QList<DocumentStatus>{DocumentStatus::Draft, DocumentStatus::Issued,
                                       DocumentStatus::Sent,  DocumentStatus::PartiallyPaid,
                                       DocumentStatus::Paid,  DocumentStatus::Voided};
    for (auto s : statuses)
        m_status->addItem(Format::status(s), static_cast<int>(s));
    auto* statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    m_client = new QComboBox;
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_client->setMinimumContentsLength(14);
    // Sized from that length, not by measuring every client's name when the
    // list is first laid out (hundreds of names delayed the first paint).
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* clientLabel = new QLabel(tr("C&lient:"));
    clientLabel->setBuddy(m_client);
    m_useDates = new QCheckBox(tr("&From"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-12));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("To date"));
    m_count = new QLabel;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(clientLabel);
    filters->addWidget(m_client, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new DocumentListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(DocumentListModel::IssueDate,
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::Client,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    // Fixed widths: ResizeToContents would measure rows that are not loaded.
    m_table->horizontalHeader()->resizeSection(DocumentListModel::Number, 170);
    m_table->horizontalHeader()->resizeSection(DocumentListModel::Total, 130);
    m_table->horizontalHeader()->resizeSection(DocumentListModel::Open, 130);
    // Uniform row heights so the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(quotes ? tr("Quotes") : tr("Invoices and credit notes"));
    layout->addWidget(m_table, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &DocumentListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &DocumentListView::applyFilter);
    connect(m_client, &QComboBox::currentIndexChanged, this, &DocumentListView::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, &DocumentListView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &DocumentListView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &DocumentListView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &DocumentListView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentListView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentListView::updateActions);
    updateActions();
}

void DocumentListView::reloadClients() {
    const QString current = m_client->currentData().toString();
    QSignalBlocker block(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), QString());
    if (m_controller.isUnlocked()) {
        if (auto clients = m_controller.clients().list(true)) {
            for (const auto& e : *clients)
                m_client->addItem(e.entity.name, e.entity.uuid.toString(QUuid::WithoutBraces));
        }
    }
    m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
}

void DocumentListView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    reloadClients();
    m_model->setToday(m_controller.today());
    m_model->setSource(
        [this](const domain::DocumentFilter& f) {
            if (!m_controller.isUnlocked() || m_controller.isBusy())
                return std::vector<domain::DocumentSummary>{};
            auto rows = m_controller.documents().list(f);
            return rows ? std::move(*rows) : std::vector<domain::DocumentSummary>{};
        },
        [this](const domain::DocumentFilter& f) -> qint64 {
            if (!m_controller.isUnlocked() || m_controller.isBusy())
                return 0;
            auto n = m_controller.documents().count(f);
            return n ? *n : 0;
        });
    applyFilter();
}

void DocumentListView::clear() {
    m_model->clear();
    QSignalBlocker b1(m_search);
    QSignalBlocker b2(m_client);
    m_search->clear();
    m_client->clear();
    m_count->clear();
}

void DocumentListView::applyFilter() {
    if (!m_controller.isUnlocked())
        return;
    domain::DocumentFilter f;
    f.sort = m_model->filter().sort;
    f.types = m_types;
    const int status = m_status->currentData().toInt();
    if (status == -2) {
        f.overdueOnly = true;
        f.today = m_controller.today();
    } else if (status >= 0) {
        f.statuses = {static_cast<DocumentStatus>(status)};
    }
    f.clientId = m_client->currentData().toString();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
    m_count->setText(tr("%n document(s)", nullptr, m_model->rowCount()));
}

QString DocumentListView::selectedId() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(DocumentListModel::IdRole).toString() : QString();
}

void DocumentListView::updateActions() {
    const QModelIndex index = m_table->currentIndex();
    const domain::DocumentSummary* s = index.isValid() ? m_model->summaryAt(index.row()) : nullptr;
    m_open->setEnabled(s != nullptr);
    using A = DocumentActions::Action;
    const std::pair<QAction*, A> actions[] = {
        {m_issue, A::Issue},       {m_sent, A::MarkSent},       {m_payment, A::RecordPayment},
        {m_credit, A::CreditNote}, {m_duplicate, A::Duplicate}, {m_pdf, A::ExportPdf},
        {m_delete, A::DeleteDraft}};
    for (const auto& [qaction, action] : actions)
        qaction->setEnabled(s && DocumentActions::isAllowed(action, s->type, s->status));
}

void DocumentListView::newDocument() {
    DocumentEditor editor(m_controller, this);
    if (editor.startNew(m_types.first()))
        editor.exec();
    reload();
    Q_EMIT dataChanged();
}

void DocumentListView::openSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    DocumentEditor editor(m_controller, this);
    if (editor.open(id))
        editor.exec();
    reload();
    Q_EMIT dataChanged();
}

void DocumentListView::act(DocumentActions::Action action) {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const domain::DocumentSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    const QString pdfName = s ? services::PdfService::fileNameFor(*s) : QString();
    const auto outcome = DocumentActions::run(action, m_controller, this, id, pdfName);
    if (action != DocumentActions::Action::ExportPdf) {
        m_model->refresh();
        m_count->setText(tr("%n document(s)", nullptr, m_model->rowCount()));
        if (outcome.done)
            Q_EMIT dataChanged();
    }
}

void DocumentListView::exportBatch() {
    auto& box = MessageBoxService::instance();
    const QString dir = box.directory(this, tr("Export PDFs to folder"), QString());
    if (dir.isEmpty())
        return;
    domain::DocumentFilter filter = m_model->filter();
    filter.offset = 0;
    filter.limit = 10000;
    const int total = m_model->rowCount();

    // The export runs on a worker thread; the vault is marked busy so no
    // view queries it meanwhile (see VaultController), and the modal progress
    // dialog keeps the user from starting anything else.
    QProgressDialog progress(tr("Exporting PDFs…"), tr("Cancel"), 0, std::max(1, total), this);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    m_controller.setBusy(true);
    services::PdfService* pdf = &m_controller.pdf();
    QPointer<QProgressDialog> guard(&progress);
    auto future = QtConcurrent::run([pdf, filter, dir, cancelled, guard]() {
        return pdf->exportBatch(filter, dir, {}, [cancelled, guard](int done, int all) {
            QMetaObject::invokeMethod(
                qApp,
                [guard, done, all] {
                    if (guard) {
                        guard->setMaximum(all);
                        guard->setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !*cancelled;
        });
    });
    QFutureWatcher<domain::Result<services::PdfService::BatchResult>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    m_controller.setBusy(false);
    progress.reset();
    const auto result = future.result();
    if (!result) {
        box.warning(this, tr("Export PDFs"), result.error().message);
        return;
    }
    box.information(
        this, tr("Export PDFs"),
        result->cancelled
            ? tr("Cancelled after %n file(s).", nullptr, result->written)
            : tr("%n file(s) written, %1 failed.", nullptr, result->written).arg(result->failed));
}

} // namespace quittance::ui
