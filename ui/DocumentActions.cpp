#include "ui/DocumentActions.h"

#include "domain/DocumentLifecycle.h"
#include "ui/DocumentEditor.h"
#include "ui/MessageBoxService.h"
#include "ui/PaymentDialog.h"
#include "ui/VaultController.h"

namespace quittance::ui {

using domain::DocumentLifecycle;
using domain::DocumentStatus;
using domain::DocumentType;

bool DocumentActions::isAllowed(Action action, DocumentType type, DocumentStatus status) {
    switch (action) {
    case Action::Issue:
        return type != DocumentType::Quote &&
               DocumentLifecycle::canTransition(type, status, DocumentStatus::Issued);
    case Action::MarkSent:
        // Includes a quote draft: sending numbers and freezes it (asked first).
        // PartiallyPaid/Paid -> Sent exists only for a removed payment.
        return status != DocumentStatus::PartiallyPaid && status != DocumentStatus::Paid &&
               DocumentLifecycle::canTransition(type, status, DocumentStatus::Sent);
    case Action::RecordPayment:
        // DocumentService records payments on invoices only.
        return type == DocumentType::Invoice &&
               DocumentLifecycle::canTransition(type, status, DocumentStatus::Paid);
    case Action::CreditNote:
        return type == DocumentType::Invoice && status != DocumentStatus::Draft &&
               status != DocumentStatus::Voided;
    case Action::Duplicate:
    case Action::ExportPdf:
        return true;
    case Action::DeleteDraft:
        return status == DocumentStatus::Draft;
    }
    return false;
}

QString DocumentActions::text(Action action) {
    switch (action) {
    case Action::Issue:
        return tr("&Issue…");
    case Action::MarkSent:
        return tr("Mark se&nt");
    case Action::RecordPayment:
        return tr("Record &payment…");
    case Action::CreditNote:
        return tr("C&redit note");
    case Action::Duplicate:
        return tr("&Duplicate");
    case Action::ExportPdf:
        return tr("&Export PDF…");
    case Action::DeleteDraft:
        return tr("Delete draft");
    }
    return {};
}

QString DocumentActions::objectName(Action action) {
    switch (action) {
    case Action::Issue:
        return QStringLiteral("issue");
    case Action::MarkSent:
        return QStringLiteral("markSent");
    case Action::RecordPayment:
        return QStringLiteral("recordPayment");
    case Action::CreditNote:
        return QStringLiteral("creditNote");
    case Action::Duplicate:
        return QStringLiteral("duplicate");
    case Action::ExportPdf:
        return QStringLiteral("exportPdf");
    case Action::DeleteDraft:
        return QStringLiteral("deleteDraft");
    }
    return {};
}

bool DocumentActions::confirmIssue(QWidget* parent, DocumentType type) {
    const bool quote = type == DocumentType::Quote;
    return MessageBoxService::instance().question(
               parent, quote ? tr("Send quote") : tr("Issue document"),
               quote ? tr("Marking the quote as sent gives it the next number and freezes it: it "
                          "can no longer be edited. Continue?")
                     : tr("Issuing gives the document the next number and makes it immutable: it "
                          "can no longer be edited or deleted, only sent, paid or corrected with "
                          "a credit note. Issue it now?")) == QMessageBox::Yes;
}

DocumentActions::Outcome DocumentActions::run(Action action, VaultController& controller,
                                              QWidget* parent, const QString& id,
                                              const QString& pdfFileName) {
    Outcome outcome;
    if (id.isEmpty() || !controller.isUnlocked() || controller.isBusy())
        return outcome;
    auto& box = MessageBoxService::instance();
    auto& docs = controller.documents();
    const QString title = QString(text(action)).remove(QLatin1Char('&')).remove(QChar(0x2026));
    auto fail = [&](const domain::Error& error) {
        box.warning(parent, title, error.message);
        return outcome;
    };
    auto moved = [&](domain::Result<services::DocumentService::Entry> r) {
        if (!r)
            return fail(r.error());
        outcome.done = true;
        outcome.entry = std::move(*r);
        return outcome;
    };
    auto created = [&](domain::Result<services::DocumentService::Entry> r) {
        if (!r)
            return fail(r.error());
        outcome.done = true;
        outcome.createdId = r->document.uuid.toString(QUuid::WithoutBraces);
        DocumentEditor editor(controller, parent);
        if (editor.open(outcome.createdId))
            editor.exec();
        return outcome;
    };

    switch (action) {
    case Action::Issue: {
        auto entry = docs.get(id);
        if (!entry)
            return fail(entry.error());
        if (!confirmIssue(parent, entry->document.type))
            return outcome;
        return moved(entry->document.type == DocumentType::Quote ? docs.markSent(id)
                                                                 : docs.issue(id));
    }
    case Action::MarkSent: {
        auto entry = docs.get(id);
        if (!entry)
            return fail(entry.error());
        if (entry->document.status == DocumentStatus::Draft &&
            !confirmIssue(parent, entry->document.type))
            return outcome;
        return moved(docs.markSent(id));
    }
    case Action::RecordPayment: {
        auto entry = docs.get(id);
        if (!entry)
            return fail(entry.error());
        const auto open =
            domain::Money::fromMinorUnits(entry->openMinor(), entry->document.currency);
        PaymentDialog dialog(
            open, controller.today(),
            [&docs, &id](const domain::Payment& p) -> domain::Status {
                auto r = docs.recordPayment(id, p);
                if (!r)
                    return std::unexpected(r.error());
                return {};
            },
            parent);
        if (dialog.exec() != QDialog::Accepted)
            return outcome;
        return moved(docs.get(id));
    }
    case Action::CreditNote:
        return created(docs.createCreditNote(id));
    case Action::Duplicate:
        return created(docs.duplicate(id));
    case Action::ExportPdf: {
        const QString path =
            box.saveFileName(parent, tr("Export PDF"),
                             pdfFileName.isEmpty() ? QStringLiteral("document.pdf") : pdfFileName,
                             tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return outcome;
        if (auto ok = controller.pdf().exportTo(id, path); !ok)
            return fail(ok.error());
        outcome.done = true;
        return outcome;
    }
    case Action::DeleteDraft:
        if (box.question(parent, tr("Delete draft"),
                         tr("Delete this draft? This cannot be undone.")) != QMessageBox::Yes)
            return outcome;
        if (auto ok = docs.deleteDraft(id); !ok)
            return fail(ok.error());
        outcome.done = true;
        outcome.deleted = true;
        return outcome;
    }
    return outcome;
}

} // namespace quittance::ui
