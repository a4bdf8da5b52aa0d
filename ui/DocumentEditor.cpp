#include "ui/DocumentEditor.h"

#include "domain/DocumentCalculator.h"
#include "domain/DocumentLifecycle.h"
#include "ui/AllowanceChargeModel.h"
#include "ui/DocumentActions.h"
#include "ui/FieldError.h"
#include "ui/Format.h"
#include "ui/LineTableModel.h"
#include "ui/MessageBoxService.h"
#include "ui/SnapshotCommand.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {
enum MergeId { kMergeNotes = 1, kMergeTerms = 2 };

} // namespace

DocumentEditor::DocumentEditor(VaultController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("documentEditor"));
    m_undo = new QUndoStack(this);
    buildUi();
    resize(980, 760);
}

DocumentEditor::~DocumentEditor() = default;

QLabel* DocumentEditor::errorLabel(const QString& field) {
    auto* label = FieldError::label(QStringLiteral("error_") + field);
    label->setParent(this);
    m_errorLabels.insert(field, label);
    return label;
}

void DocumentEditor::buildUi() {
    auto* outer = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("editorHeader"));
    QFont hf = m_header->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_header->setFont(hf);
    outer->addWidget(m_header);

    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);

    auto* editPage = new QWidget;
    auto* editLayout = new QVBoxLayout(editPage);
    m_tabs->addTab(editPage, tr("&Document"));

    auto* form = new QFormLayout;
    m_client = new QComboBox;
    m_client->setObjectName(QStringLiteral("clientPicker"));
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* clientLabel = new QLabel(tr("C&lient:"));
    clientLabel->setBuddy(m_client);
    form->addRow(clientLabel, FieldError::below(m_client, errorLabel(QStringLiteral("client"))));

    auto* dates = new QHBoxLayout;
    m_issueDate = new QDateEdit;
    m_issueDate->setObjectName(QStringLiteral("issueDate"));
    m_issueDate->setCalendarPopup(true);
    m_issueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueDate = new QDateEdit;
    m_dueDate->setObjectName(QStringLiteral("dueDate"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* dueLabel = new QLabel(tr("D&ue:"));
    dueLabel->setBuddy(m_dueDate);
    dates->addWidget(FieldError::below(m_issueDate, errorLabel(QStringLiteral("issueDate"))));
    dates->addWidget(dueLabel);
    dates->addWidget(FieldError::below(m_dueDate, errorLabel(QStringLiteral("dueDate"))));
    dates->addStretch();
    auto* issueLabel = new QLabel(tr("&Issue date:"));
    issueLabel->setBuddy(m_issueDate);
    form->addRow(issueLabel, dates);

    auto* curRow = new QHBoxLayout;
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(domain::Currency::knownCodes());
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    auto* langLabel = new QLabel(tr("Lan&guage:"));
    langLabel->setBuddy(m_language);
    curRow->addWidget(FieldError::below(m_currency, errorLabel(QStringLiteral("currency"))));
    curRow->addWidget(langLabel);
    curRow->addWidget(m_language);
    curRow->addStretch();
    auto* curLabel = new QLabel(tr("Cu&rrency:"));
    curLabel->setBuddy(m_currency);
    form->addRow(curLabel, curRow);
    editLayout->addLayout(form);

    // Lines
    auto* linesBox = new QGroupBox(tr("Lines"));
    auto* linesLayout = new QVBoxLayout(linesBox);
    m_lines = new LineTableModel(this);
    m_lineView = new QTableView;
    m_lineView->setObjectName(QStringLiteral("lineTable"));
    m_lineView->setModel(m_lines);
    m_lineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_lineView->horizontalHeader()->setSectionResizeMode(LineTableModel::Description,
                                                         QHeaderView::Stretch);
    m_lineView->verticalHeader()->setVisible(false);
    m_lineView->setAccessibleName(tr("Document lines"));
    linesLayout->addWidget(m_lineView);
    linesLayout->addWidget(errorLabel(QStringLiteral("lines")));

    auto* lineButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add line"));
    add->setObjectName(QStringLiteral("addLine"));
    m_product = new QComboBox;
    m_product->setObjectName(QStringLiteral("productPicker"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_product->setMinimumContentsLength(18);
    m_product->setAccessibleName(tr("Product"));
    auto* addProduct = new QPushButton(tr("Add &product"));
    addProduct->setObjectName(QStringLiteral("addProductLine"));
    auto* remove = new QToolButton;
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove line"));
    remove->setAccessibleName(tr("Remove line"));
    remove->setObjectName(QStringLiteral("removeLine"));
    auto* up = new QToolButton;
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move line up"));
    up->setAccessibleName(tr("Move line up"));
    auto* down = new QToolButton;
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move line down"));
    down->setAccessibleName(tr("Move line down"));
    lineButtons->addWidget(add);
    lineButtons->addSpacing(12);
    lineButtons->addWidget(m_product);
    lineButtons->addWidget(addProduct);
    lineButtons->addStretch();
    lineButtons->addWidget(remove);
    lineButtons->addWidget(up);
    lineButtons->addWidget(down);
    linesLayout->addLayout(lineButtons);
    editLayout->addWidget(linesBox, 1);

    auto* bottom = new QHBoxLayout;
    auto* extras = new QGroupBox(tr("Allowances, charges and notes"));
    auto* extrasLayout = new QFormLayout(extras);
    m_allowanceModel = new AllowanceChargeModel(this);
    m_allowances = new QTableView;
    m_allowances->setObjectName(QStringLiteral("allowances"));
    m_allowances->setModel(m_allowanceModel);
    m_allowances->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allowances->setSelectionMode(QAbstractItemView::SingleSelection);
    m_allowances->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    // The reason takes the room; the short columns fit their contents.
    m_allowances->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_allowances->horizontalHeader()->setSectionResizeMode(AllowanceChargeModel::Reason,
                                                           QHeaderView::Stretch);
    m_allowances->verticalHeader()->setVisible(false);
    m_allowances->setMaximumHeight(110);
    m_allowances->setAccessibleName(tr("Allowances and charges"));
    auto* acButtons = new QHBoxLayout;
    auto* addAllowance = new QPushButton(tr("Add allo&wance"));
    addAllowance->setObjectName(QStringLiteral("addAllowance"));
    auto* addCharge = new QPushButton(tr("Add c&harge"));
    addCharge->setObjectName(QStringLiteral("addCharge"));
    auto* removeAc = new QPushButton(tr("Remove"));
    removeAc->setObjectName(QStringLiteral("removeAllowanceCharge"));
    acButtons->addWidget(addAllowance);
    acButtons->addWidget(addCharge);
    acButtons->addWidget(removeAc);
    auto* acBox = new QVBoxLayout;
    acBox->addWidget(m_allowances);
    acBox->addLayout(acButtons);
    acBox->addWidget(errorLabel(QStringLiteral("allowancesCharges")));
    extrasLayout->addRow(tr("Adjustments:"), acBox);
    m_terms = new QLineEdit;
    m_terms->setObjectName(QStringLiteral("paymentTerms"));
    auto* termsLabel = new QLabel(tr("Payment &terms:"));
    termsLabel->setBuddy(m_terms);
    extrasLayout->addRow(termsLabel, m_terms);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    auto* notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setBuddy(m_notes);
    extrasLayout->addRow(notesLabel, m_notes);
    bottom->addWidget(extras, 3);

    auto* totalsBox = new QGroupBox(tr("Totals"));
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    m_totalsLabel = new QLabel;
    m_totalsLabel->setObjectName(QStringLiteral("totals"));
    m_totalsLabel->setTextFormat(Qt::RichText);
    m_totalsLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    totalsLayout->addWidget(m_totalsLabel);
    totalsLayout->addStretch();
    bottom->addWidget(totalsBox, 2);
    editLayout->addLayout(bottom);

    m_generalError = errorLabel(QStringLiteral("general"));
    editLayout->addWidget(m_generalError);

    // Preview
    auto* previewPage = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewPage);
    m_pdfDocument = new QPdfDocument(this);
    m_pdfView = new QPdfView(previewPage);
    m_pdfView->setObjectName(QStringLiteral("pdfPreview"));
    m_pdfView->setDocument(m_pdfDocument);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    previewLayout->addWidget(m_pdfView);
    m_tabs->addTab(previewPage, tr("P&review"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            refreshPreview();
    });

    // Buttons
    auto* buttons = new QHBoxLayout;
    auto* undoButton = new QToolButton;
    auto* undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoButton->setDefaultAction(undoAction);
    auto* redoButton = new QToolButton;
    auto* redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoButton->setDefaultAction(redoAction);
    addAction(undoAction);
    addAction(redoAction);
    m_saveAction = new QAction(tr("Save draft"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &DocumentEditor::save);

    m_saveButton = new QPushButton(tr("&Save draft"));
    m_saveButton->setObjectName(QStringLiteral("saveDraft"));
    m_issueButton = new QPushButton(tr("Iss&ue…"));
    m_issueButton->setObjectName(QStringLiteral("issue"));
    m_pdfButton = new QPushButton(DocumentActions::text(DocumentActions::Action::ExportPdf));
    m_pdfButton->setObjectName(DocumentActions::objectName(DocumentActions::Action::ExportPdf));
    // Stored non-drafts: the moves their state allows, the same ones (and
    // the same code) as the document list's tool bar.
    for (auto action : {DocumentActions::Action::MarkSent, DocumentActions::Action::RecordPayment,
                        DocumentActions::Action::CreditNote, DocumentActions::Action::Duplicate}) {
        auto* button = new QPushButton(DocumentActions::text(action));
        button->setObjectName(DocumentActions::objectName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actionButtons.append({action, button});
    }
    auto* close = new QPushButton(tr("&Close"));
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch();
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_issueButton);
    for (const auto& [action, button] : std::as_const(m_actionButtons))
        buttons->addWidget(button);
    buttons->addWidget(close);
    outer->addLayout(buttons);

    m_editWidgets = {m_client, m_issueDate,  m_dueDate, m_currency, m_language, m_terms,
                     m_notes,  add,          m_product, addProduct, remove,     up,
                     down,     addAllowance, addCharge, removeAc};

    connect(add, &QPushButton::clicked, this, &DocumentEditor::addLine);
    connect(addProduct, &QPushButton::clicked, this, &DocumentEditor::addProductLine);
    connect(remove, &QToolButton::clicked, this, &DocumentEditor::removeLine);
    connect(up, &QToolButton::clicked, this, &DocumentEditor::moveLineUp);
    connect(down, &QToolButton::clicked, this, &DocumentEditor::moveLineDown);
    connect(addAllowance, &QPushButton::clicked, this, [this] { addAllowanceCharge(false); });
    connect(addCharge, &QPushButton::clicked, this, [this] { addAllowanceCharge(true); });
    connect(removeAc, &QPushButton::clicked, this, [this] {
        const int row = m_allowances->currentIndex().row();
        if (row < 0 || row >= m_doc.allowancesCharges.size())
            return;
        change(tr("Remove adjustment"), -1,
               [row](domain::Document& d) { d.allowancesCharges.removeAt(row); });
    });
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentEditor::save);
    connect(m_issueButton, &QPushButton::clicked, this, &DocumentEditor::issue);
    connect(m_pdfButton, &QPushButton::clicked, this, &DocumentEditor::exportPdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_lines, &LineTableModel::lineEdited, this,
            [this](int row, const domain::DocumentLine& line) {
                change(tr("Edit line"), -1, [row, line](domain::Document& d) {
                    if (row < d.lines.size())
                        d.lines[row] = line;
                });
            });
    connect(m_lines, &LineTableModel::inputRejected, this, [this](const QString& message) {
        QLabel* l = m_errorLabels.value(QStringLiteral("lines"));
        l->setText(message);
        l->show();
    });
    connect(m_allowanceModel, &AllowanceChargeModel::edited, this,
            [this](int row, const domain::AllowanceCharge& item) {
                change(tr("Edit adjustment"), -1, [row, item](domain::Document& d) {
                    if (row < d.allowancesCharges.size())
                        d.allowancesCharges[row] = item;
                });
            });
    connect(m_allowanceModel, &AllowanceChargeModel::inputRejected, this,
            [this](const QString& message) {
                QLabel* l = m_errorLabels.value(QStringLiteral("allowancesCharges"));
                l->setText(message);
                l->show();
            });
    connect(m_client, &QComboBox::activated, this, [this](int index) {
        const QUuid uuid(m_client->itemData(index).toString());
        if (uuid == m_doc.clientUuid)
            return;
        change(tr("Change client"), -1, [uuid](domain::Document& d) { d.clientUuid = uuid; });
    });
    connect(m_issueDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        change(tr("Change issue date"), -1, [date](domain::Document& d) {
            const qint64 terms =
                d.issueDate.isValid() && d.dueDate.isValid() ? d.issueDate.daysTo(d.dueDate) : 14;
            d.issueDate = date;
            d.dueDate = date.addDays(terms);
        });
    });
    connect(m_dueDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        change(tr("Change due date"), -1, [date](domain::Document& d) { d.dueDate = date; });
    });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString& code) {
        auto c = domain::Currency::fromCode(code);
        if (!c)
            return;
        change(tr("Change currency"), -1, [c = *c](domain::Document& d) {
            d.currency = c;
            for (auto& ac : d.allowancesCharges)
                ac.amount = domain::Money::fromMinorUnits(ac.amount.minorUnits(), c);
        });
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int) {
        auto lang = domain::parseDocumentLanguage(m_language->currentData().toString());
        if (lang)
            change(tr("Change language"), -1, [l = *lang](domain::Document& d) { d.language = l; });
    });
    connect(m_terms, &QLineEdit::textEdited, this, [this](const QString& text) {
        change(tr("Edit payment terms"), kMergeTerms,
               [text](domain::Document& d) { d.paymentTermsText = text; });
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        if (text == m_doc.notes)
            return;
        change(tr("Edit notes"), kMergeNotes, [text](domain::Document& d) { d.notes = text; });
    });
}

void DocumentEditor::loadLookups() {
    m_syncing = true;
    m_client->clear();
    m_client->addItem(QString(), QString());
    if (auto clients = m_controller.clients().list(false)) {
        for (const auto& e : *clients)
            m_client->addItem(e.entity.name, e.entity.uuid.toString(QUuid::WithoutBraces));
    }
    m_product->clear();
    if (auto products = m_controller.products().list(false)) {
        for (const auto& e : *products)
            m_product->addItem(e.entity.name, e.entity.uuid.toString(QUuid::WithoutBraces));
    }
    m_product->setCurrentIndex(-1);
    m_smallBusiness = false;
    if (auto profile = m_controller.profile().profile(); profile && *profile)
        m_smallBusiness = (*profile)->smallBusinessExemption;
    m_syncing = false;
}

bool DocumentEditor::startNew(domain::DocumentType type) {
    loadLookups();
    auto draft = m_controller.documents().newDraft(type);
    if (!draft) {
        MessageBoxService::instance().warning(this, tr("New document"), draft.error().message);
        return false;
    }
    draft->uuid = QUuid::createUuid();
    draft->issueDate = m_controller.today();
    int terms = 14;
    if (auto profile = m_controller.profile().profile(); profile && *profile)
        terms = (*profile)->defaultPaymentTermsDays;
    draft->dueDate = draft->issueDate.addDays(terms);
    m_id.clear();
    setDocument(*draft);
    m_dirty = true;
    updateActions();
    return true;
}

bool DocumentEditor::open(const QString& documentId) {
    loadLookups();
    auto entry = m_controller.documents().get(documentId);
    if (!entry) {
        MessageBoxService::instance().warning(this, tr("Open document"), entry.error().message);
        return false;
    }
    m_id = documentId;
    setDocument(entry->document);
    m_dirty = false;
    updateActions();
    return true;
}

void DocumentEditor::setDocument(const domain::Document& doc) {
    m_undo->clear();
    m_doc = doc;
    syncWidgets();
    recompute();
}

void DocumentEditor::applySnapshot(const domain::Document& doc) {
    m_doc = doc;
    m_dirty = true;
    syncWidgets();
    recompute();
    updateActions();
}

void DocumentEditor::change(const QString& text, int mergeId,
                            const std::function<void(domain::Document&)>& mutate) {
    if (m_syncing || !m_doc.isEditable())
        return;
    domain::Document after = m_doc;
    mutate(after);
    if (after == m_doc)
        return;
    m_undo->push(new SnapshotCommand(
        text, m_doc, after, [this](const domain::Document& d) { applySnapshot(d); }, mergeId));
}

void DocumentEditor::syncWidgets() {
    m_syncing = true;
    const bool editable = m_doc.isEditable();
    m_header->setText(QStringLiteral("%1 %2 — %3")
                          .arg(Format::type(m_doc.type),
                               m_doc.number.isEmpty() ? tr("(draft)") : m_doc.number,
                               Format::status(m_doc.status)));
    setWindowTitle(Format::type(m_doc.type));
    const QString clientId =
        m_doc.clientUuid.isNull() ? QString() : m_doc.clientUuid.toString(QUuid::WithoutBraces);
    int clientIndex = m_client->findData(clientId);
    if (clientIndex < 0 && m_doc.buyerSnapshot) {
        m_client->addItem(m_doc.buyerSnapshot->name, clientId);
        clientIndex = m_client->count() - 1;
    }
    m_client->setCurrentIndex(std::max(0, clientIndex));
    m_issueDate->setDate(m_doc.issueDate.isValid() ? m_doc.issueDate : m_controller.today());
    m_dueDate->setDate(m_doc.dueDate.isValid() ? m_doc.dueDate : m_issueDate->date());
    m_currency->setCurrentText(m_doc.currency.code());
    m_language->setCurrentIndex(m_language->findData(domain::documentLanguageCode(m_doc.language)));
    if (m_terms->text() != m_doc.paymentTermsText)
        m_terms->setText(m_doc.paymentTermsText);
    if (m_notes->toPlainText() != m_doc.notes)
        m_notes->setPlainText(m_doc.notes);
    m_allowanceModel->setItems(m_doc.allowancesCharges);
    for (QWidget* w : std::as_const(m_editWidgets))
        w->setEnabled(editable);
    m_lines->setReadOnly(!editable);
    m_allowanceModel->setReadOnly(!editable);
    m_syncing = false;
}

void DocumentEditor::recompute() {
    domain::DocumentCalculator::Options options;
    options.smallBusinessExemption =
        m_doc.isEditable() ? m_smallBusiness : m_doc.usesSmallBusinessExemption();
    auto totals = domain::DocumentCalculator::calculate(m_doc, options);
    clearErrors();
    if (!totals) {
        m_lines->setLines(m_doc.lines, {});
        showError(totals.error());
        m_totalsLabel->setText(tr("<i>Totals cannot be computed yet.</i>"));
        return;
    }
    m_totals = *totals;
    m_lines->setLines(m_doc.lines, m_totals.lineNetAmounts);
    if (auto ok = m_doc.validate(); !ok)
        showError(ok.error());
    m_totalsLabel->setText(totalsText());
}

QString DocumentEditor::totalsText() const {
    const auto& t = m_totals;
    QString html = QStringLiteral("<table cellspacing='3' align='right'>");
    auto row = [&html](const QString& label, const QString& value, bool bold = false) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2%3%4</td></tr>")
                    .arg(label.toHtmlEscaped(), bold ? QStringLiteral("<b>") : QString(),
                         value.toHtmlEscaped(), bold ? QStringLiteral("</b>") : QString());
    };
    row(tr("Net"), Format::money(t.lineNetTotal));
    if (!t.allowanceTotal.isZero())
        row(tr("Allowances"), Format::money(t.allowanceTotal));
    if (!t.chargeTotal.isZero())
        row(tr("Charges"), Format::money(t.chargeTotal));
    for (const auto& b : t.breakdown) {
        row(tr("Tax %1 %2 % on %3")
                .arg(domain::taxCategoryCode(b.category), b.ratePercent.toString(),
                     Format::money(b.taxableAmount)),
            Format::money(b.taxAmount));
    }
    row(tr("Total"), Format::money(t.grandTotal), true);
    if (!t.prepaidAmount.isZero())
        row(tr("Prepaid"), Format::money(t.prepaidAmount));
    row(tr("Amount due"), Format::money(t.amountDue), true);
    html += QStringLiteral("</table>");
    if (!t.legalNotice.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(t.legalNotice.toHtmlEscaped());
    return html;
}

void DocumentEditor::clearErrors() {
    for (QLabel* l : std::as_const(m_errorLabels)) {
        l->clear();
        l->hide();
    }
}

void DocumentEditor::showError(const domain::Error& error) {
    QString key = QStringLiteral("general");
    const QString f = error.field;
    if (f.startsWith(QLatin1String("client")) || f.startsWith(QLatin1String("buyer")))
        key = QStringLiteral("client");
    else if (f.startsWith(QLatin1String("lines")))
        key = QStringLiteral("lines");
    else if (f.startsWith(QLatin1String("allowancesCharges")))
        key = QStringLiteral("allowancesCharges");
    else if (m_errorLabels.contains(f))
        key = f;
    QLabel* l = m_errorLabels.value(key);
    l->setText(error.message);
    l->show();
}

void DocumentEditor::updateActions() {
    const bool draft = m_doc.isEditable();
    m_saveButton->setEnabled(draft);
    m_saveAction->setEnabled(draft);
    m_issueButton->setVisible(draft);
    m_issueButton->setText(m_doc.type == domain::DocumentType::Quote ? tr("Mark &sent…")
                                                                     : tr("Iss&ue…"));
    m_pdfButton->setEnabled(!m_id.isEmpty());
    for (const auto& [action, button] : std::as_const(m_actionButtons))
        button->setVisible(!draft && !m_id.isEmpty() &&
                           DocumentActions::isAllowed(action, m_doc.type, m_doc.status));
    if (m_doc.isEditable())
        setWindowTitle(Format::type(m_doc.type) + (m_dirty ? QStringLiteral(" *") : QString()));
}

void DocumentEditor::addLine() {
    change(tr("Add line"), -1, [this](domain::Document& d) {
        domain::DocumentLine line;
        line.description = tr("New line");
        line.taxRate = domain::Decimal::fromScaled(19 * domain::Decimal::kScale);
        if (!d.lines.isEmpty()) {
            line.taxCategory = d.lines.last().taxCategory;
            line.taxRate = d.lines.last().taxRate;
            line.unitCode = d.lines.last().unitCode;
        }
        if (m_smallBusiness) {
            line.taxCategory = domain::TaxCategory::Exempt;
            line.taxRate = {};
        }
        d.lines.append(line);
    });
    const QModelIndex index = m_lines->index(m_lines->rowCount() - 1, LineTableModel::Description);
    m_lineView->setCurrentIndex(index);
    m_lineView->setFocus();
}

void DocumentEditor::addProductLine() {
    const int index = m_product->findText(m_product->currentText(), Qt::MatchFixedString);
    if (index < 0) {
        QLabel* l = m_errorLabels.value(QStringLiteral("lines"));
        l->setText(tr("Choose a product from the list first."));
        l->show();
        return;
    }
    auto line = m_controller.documents().lineFromProduct(
        m_product->itemData(index).toString(), domain::Decimal::fromScaled(domain::Decimal::kScale),
        m_doc.currency);
    if (!line) {
        showError({line.error().code, line.error().message, QStringLiteral("lines")});
        return;
    }
    change(tr("Add product line"), -1, [l = *line](domain::Document& d) { d.lines.append(l); });
    m_product->setCurrentIndex(-1);
    m_product->clearEditText();
}

void DocumentEditor::removeLine() {
    const int row = m_lineView->currentIndex().row();
    if (row < 0)
        return;
    change(tr("Remove line"), -1, [row](domain::Document& d) {
        if (row < d.lines.size())
            d.lines.removeAt(row);
    });
}

void DocumentEditor::moveLine(int delta) {
    const int row = m_lineView->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_doc.lines.size())
        return;
    change(tr("Move line"), -1,
           [row, target](domain::Document& d) { d.lines.swapItemsAt(row, target); });
    m_lineView->setCurrentIndex(m_lines->index(target, m_lineView->currentIndex().column()));
}

void DocumentEditor::moveLineUp() {
    moveLine(-1);
}

void DocumentEditor::moveLineDown() {
    moveLine(1);
}

void DocumentEditor::addAllowanceCharge(bool charge) {
    // A new row to fill in place; until it has an amount the domain's check
    // shows what is missing next to the table.
    change(charge ? tr("Add charge") : tr("Add allowance"), -1,
           [this, charge](domain::Document& d) {
               domain::AllowanceCharge ac;
               ac.kind = charge ? domain::AllowanceCharge::Kind::Charge
                                : domain::AllowanceCharge::Kind::Allowance;
               ac.reason = charge ? tr("Shipping") : tr("Discount");
               ac.amount = domain::Money::fromMinorUnits(0, d.currency);
               ac.taxRate = domain::Decimal::fromScaled(19 * domain::Decimal::kScale);
               if (!d.lines.isEmpty()) {
                   ac.taxCategory = d.lines.last().taxCategory;
                   ac.taxRate = d.lines.last().taxRate;
               }
               if (m_smallBusiness) {
                   ac.taxCategory = domain::TaxCategory::Exempt;
                   ac.taxRate = {};
               }
               d.allowancesCharges.append(ac);
           });
    const QModelIndex index =
        m_allowanceModel->index(m_allowanceModel->rowCount() - 1, AllowanceChargeModel::Amount);
    m_allowances->setCurrentIndex(index);
    m_allowances->setFocus();
}

bool DocumentEditor::save() {
    if (!m_doc.isEditable())
        return true;
    if (auto ok = m_doc.validate(); !ok) {
        clearErrors();
        showError(ok.error());
        return false;
    }
    auto& docs = m_controller.documents();
    auto saved = m_id.isEmpty() ? docs.createDraft(m_doc) : docs.updateDraft(m_doc);
    if (!saved) {
        clearErrors();
        showError(saved.error());
        return false;
    }
    m_id = saved->document.uuid.toString(QUuid::WithoutBraces);
    m_doc = saved->document;
    m_dirty = false;
    m_undo->setClean();
    updateActions();
    Q_EMIT documentChanged(m_id);
    return true;
}

bool DocumentEditor::issue() {
    if (!m_doc.isEditable())
        return false;
    const bool quote = m_doc.type == domain::DocumentType::Quote;
    if (!DocumentActions::confirmIssue(this, m_doc.type))
        return false;
    if (!save())
        return false;
    auto issued =
        quote ? m_controller.documents().markSent(m_id) : m_controller.documents().issue(m_id);
    if (!issued) {
        clearErrors();
        showError(issued.error());
        return false;
    }
    setDocument(issued->document);
    m_dirty = false;
    updateActions();
    Q_EMIT documentChanged(m_id);
    return true;
}

bool DocumentEditor::exportPdf() {
    if (m_dirty && !save())
        return false;
    return runAction(DocumentActions::Action::ExportPdf);
}

bool DocumentEditor::runAction(DocumentActions::Action action) {
    if (m_id.isEmpty())
        return false;
    const QString suggested =
        (m_doc.number.isEmpty() ? QStringLiteral("draft") : m_doc.number) + QStringLiteral(".pdf");
    const auto outcome = DocumentActions::run(action, m_controller, this, m_id, suggested);
    if (outcome.entry) {
        setDocument(outcome.entry->document);
        m_dirty = false;
        updateActions();
        Q_EMIT documentChanged(m_id);
    }
    if (!outcome.createdId.isEmpty())
        Q_EMIT documentChanged(outcome.createdId);
    return outcome.done;
}

void DocumentEditor::refreshPreview() {
    if (m_dirty && m_doc.isEditable() && !save()) {
        m_tabs->setCurrentIndex(0);
        return;
    }
    if (m_id.isEmpty())
        return;
    auto bytes = m_controller.pdf().render(m_id);
    if (!bytes) {
        MessageBoxService::instance().warning(this, tr("Preview"), bytes.error().message);
        return;
    }
    m_pdfDocument->close();
    delete m_pdfBuffer;
    m_pdfBuffer = new QBuffer(this);
    m_pdfBuffer->setData(*bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdfDocument->load(m_pdfBuffer);
}

} // namespace quittance::ui
