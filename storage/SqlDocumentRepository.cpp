#include "SqlDocumentRepository.h"

#include "EntityCodec.h"

#include <QUuid>

namespace quittance::storage {

using domain::DocumentStatus;
using domain::ErrorCode;

namespace {

QString uuidText(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

void bindDate(Statement& stmt, int index, const QDate& date) {
    if (date.isValid())
        stmt.bind(index, date.toString(Qt::ISODate));
    else
        stmt.bindNull(index);
}

void bindText(Statement& stmt, int index, const QString& text) {
    if (text.isEmpty())
        stmt.bindNull(index);
    else
        stmt.bind(index, text);
}

// Binds ?1..?16 as both the INSERT and the UPDATE of a document number
// them: id, type, status, number, dates, currency, client, amounts,
// corrected invoice, body and the time of the change.
void bindColumns(Statement& stmt, const domain::Document& document,
                 const domain::DocumentTotals& totals, const QString& clientName,
                 const QString& now) {
    stmt.bind(1, uuidText(document.uuid))
        .bind(2, domain::documentTypeCode(document.type))
        .bind(3, domain::documentStatusCode(document.status));
    bindText(stmt, 4, document.number);
    bindDate(stmt, 5, document.issueDate);
    bindDate(stmt, 6, document.dueDate);
    stmt.bind(7, document.currency.code());
    bindText(stmt, 8, document.clientUuid.isNull() ? QString() : uuidText(document.clientUuid));
    stmt.bind(9, clientName)
        .bind(10, totals.taxBasisTotal.minorUnits())
        .bind(11, totals.taxTotal.minorUnits())
        .bind(12, totals.grandTotal.minorUnits())
        .bind(13, totals.amountDue.minorUnits());
    bindText(stmt, 14,
             document.correctedInvoiceUuid.isNull() ? QString()
                                                    : uuidText(document.correctedInvoiceUuid));
    stmt.bind(15, QString::fromUtf8(EntityCodec::encodeDocumentBody(document))).bind(16, now);
}

constexpr const char* kSummaryColumns =
    "d.id, d.type, d.status, ifnull(d.number, ''), ifnull(d.issue_date, ''), ifnull(d.due_date, "
    "''),"
    " d.currency, ifnull(d.client_id, ''), d.client_name, d.gross_minor, d.paid_minor, "
    "d.credited_minor, d.due_minor";

domain::Result<domain::DocumentSummary> readSummary(const Statement& stmt) {
    domain::DocumentSummary s;
    s.id = stmt.text(0);
    auto type = domain::parseDocumentType(stmt.text(1));
    auto status = domain::parseDocumentStatus(stmt.text(2));
    if (!type || !status)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("A stored document has an invalid type or status."));
    s.type = *type;
    s.status = *status;
    s.number = stmt.text(3);
    s.issueDate = QDate::fromString(stmt.text(4), Qt::ISODate);
    s.dueDate = QDate::fromString(stmt.text(5), Qt::ISODate);
    s.currency = stmt.text(6);
    s.clientId = stmt.text(7);
    s.clientName = stmt.text(8);
    s.grossMinor = stmt.int64(9);
    s.paidMinor = stmt.int64(10);
    s.creditedMinor = stmt.int64(11);
    s.dueMinor = stmt.int64(12);
    return s;
}

// WHERE clause and its text parameters, in order.
struct Where {
    QString sql;
    QStringList params;
};

Where buildWhere(const domain::DocumentFilter& filter) {
    Where where;
    QStringList clauses;
    // "column IN (?, ?, ...)" with one bound code per value.
    const auto addIn = [&](const char* column, const QStringList& codes) {
        if (codes.isEmpty())
            return;
        clauses << QStringLiteral("%1 IN (%2)")
                       .arg(QString::fromLatin1(column),
                            QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        where.params << codes;
    };
    QStringList types;
    for (auto type : filter.types)
        types << domain::documentTypeCode(type);
    addIn("d.type", types);
    QStringList statuses;
    for (auto status : filter.statuses)
        statuses << domain::documentStatusCode(status);
    addIn("d.status", statuses);
    if (!filter.clientId.isEmpty()) {
        clauses << QStringLiteral("d.client_id = ?");
        where.params << filter.clientId;
    }
    if (filter.from.isValid()) {
        clauses << QStringLiteral("d.issue_date >= ?");
        where.params << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        clauses << QStringLiteral("d.issue_date <= ?");
        where.params << filter.to.toString(Qt::ISODate);
    }
    if (filter.overdueOnly) {
        clauses << QStringLiteral("d.type = 'invoice' AND d.status IN "
                                  "('issued','sent','partially_paid') AND d.due_date < ?");
        where.params
            << (filter.today.isValid() ? filter.today : QDate::currentDate()).toString(Qt::ISODate);
    }
    const QString fts = SqlDocumentRepository::ftsQuery(filter.text);
    if (!filter.text.trimmed().isEmpty()) {
        clauses << QStringLiteral(
            "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)");
        where.params << (fts.isEmpty() ? QStringLiteral("\"\"") : fts);
    }
    if (!clauses.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return where;
}

QString orderBy(domain::DocumentFilter::Sort sort) {
    using Sort = domain::DocumentFilter::Sort;
    switch (sort) {
    case Sort::IssueDateAsc:
        return QStringLiteral(" ORDER BY d.issue_date ASC, d.number ASC");
    case Sort::NumberAsc:
        return QStringLiteral(" ORDER BY d.number ASC");
    case Sort::NumberDesc:
        return QStringLiteral(" ORDER BY d.number DESC");
    case Sort::TotalDesc:
        return QStringLiteral(" ORDER BY d.gross_minor DESC");
    case Sort::ClientAsc:
        return QStringLiteral(" ORDER BY d.client_name COLLATE NOCASE ASC, d.issue_date DESC");
    case Sort::IssueDateDesc:
        break;
    }
    return QStringLiteral(" ORDER BY d.issue_date DESC, d.number DESC");
}

domain::Status explainNoChange(const Reader& reader, const QString& id) {
    auto stmt = reader.query("SELECT status FROM documents WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("No document with id %1.").arg(id),
                            QStringLiteral("id"));
    return domain::fail(ErrorCode::Immutable,
                        QStringLiteral("The document is %1; only drafts can be changed or deleted. "
                                       "Correct an issued invoice with a credit note.")
                            .arg(stmt->text(0)),
                        QStringLiteral("status"));
}

} // namespace

QString SqlDocumentRepository::ftsQuery(const QString& text) {
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty() && words.size() < 16)
            words << current.left(64);
        current.clear();
    };
    for (const QChar c : text.left(1000)) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush();
    }
    flush();
    if (words.isEmpty())
        return {};
    QStringList quoted;
    for (const QString& word : words)
        quoted << QLatin1Char('"') + word + QLatin1Char('"');
    quoted.last() += QLatin1Char('*');
    return quoted.join(QLatin1Char(' '));
}

domain::Status SqlDocumentRepository::writeDerived(Writer& writer, const domain::Document& document,
                                                   const domain::DocumentTotals& totals,
                                                   const QString& clientName) {
    const QString id = uuidText(document.uuid);
    auto del = writer.prepare("DELETE FROM document_tax WHERE document_id = ?");
    if (!del)
        return std::unexpected(del.error());
    del->bind(1, id);
    if (auto ok = del->run(); !ok)
        return ok;
    auto ins = writer.prepare(
        "INSERT INTO document_tax (document_id, category, rate_scaled, taxable_minor, tax_minor)"
        " VALUES (?, ?, ?, ?, ?)");
    if (!ins)
        return std::unexpected(ins.error());
    for (const auto& group : totals.breakdown) {
        ins->reset();
        ins->bind(1, id)
            .bind(2, domain::taxCategoryCode(group.category))
            .bind(3, group.ratePercent.scaled())
            .bind(4, group.taxableAmount.minorUnits())
            .bind(5, group.taxAmount.minorUnits());
        if (auto ok = ins->run(); !ok)
            return ok;
    }
    // Full-text row, keyed by the document's rowid.
    auto rowid = writer.prepare("SELECT rowid FROM documents WHERE id = ?");
    if (!rowid)
        return std::unexpected(rowid.error());
    rowid->bind(1, id);
    auto found = rowid->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return domain::fail(ErrorCode::Internal, QStringLiteral("Document row vanished."));
    const qint64 rid = rowid->int64(0);
    auto ftsDel = writer.prepare("DELETE FROM documents_fts WHERE rowid = ?");
    if (!ftsDel)
        return std::unexpected(ftsDel.error());
    ftsDel->bind(1, rid);
    if (auto ok = ftsDel->run(); !ok)
        return ok;
    QStringList descriptions;
    for (const auto& line : document.lines)
        descriptions << line.description;
    auto ftsIns = writer.prepare("INSERT INTO documents_fts (rowid, number, client_name, lines, "
                                 "notes) VALUES (?, ?, ?, ?, ?)");
    if (!ftsIns)
        return std::unexpected(ftsIns.error());
    ftsIns->bind(1, rid)
        .bind(2, document.number)
        .bind(3, clientName)
        .bind(4, descriptions.join(QLatin1Char('\n')))
        .bind(5, document.notes);
    return ftsIns->run();
}

domain::Status SqlDocumentRepository::insert(Writer& writer, const domain::Document& document,
                                             const domain::DocumentTotals& totals,
                                             const QString& clientName, const QString& now) {
    auto stmt = writer.prepare(
        "INSERT INTO documents (id, type, status, number, issue_date, due_date, currency, "
        "client_id, client_name,"
        " net_minor, tax_minor, gross_minor, due_minor, corrects_id, body, created_at, updated_at)"
        " VALUES (?1, ?2, 'draft', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?16)");
    if (!stmt)
        return std::unexpected(stmt.error());
    bindColumns(*stmt, document, totals, clientName, now);
    if (auto ok = stmt->run(); !ok)
        return ok;
    // The row starts as a draft so its tax rows may be written (they are
    // frozen with the document); then it takes its real status, as when
    // a draft is issued. Documents arriving by sync or import are often issued.
    if (auto ok = writeDerived(writer, document, totals, clientName); !ok)
        return ok;
    if (document.status == DocumentStatus::Draft)
        return {};
    auto status = writer.prepare("UPDATE documents SET status = ? WHERE id = ?");
    if (!status)
        return std::unexpected(status.error());
    status->bind(1, domain::documentStatusCode(document.status)).bind(2, uuidText(document.uuid));
    return status->run();
}

domain::Status SqlDocumentRepository::replaceDraft(Writer& writer, const domain::Document& document,
                                                   const domain::DocumentTotals& totals,
                                                   const QString& clientName, const QString& now) {
    const QString id = uuidText(document.uuid);
    {
        auto stmt = writer.query("SELECT status FROM documents WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || stmt->text(0) != QStringLiteral("draft"))
            return explainNoChange(writer, id);
    }
    // Derived rows first, while the stored row is still a draft.
    if (auto ok = writeDerived(writer, document, totals, clientName); !ok)
        return ok;
    auto stmt =
        writer.prepare("UPDATE documents SET type = ?2, status = ?3, number = ?4, issue_date = ?5, "
                       "due_date = ?6, currency = ?7,"
                       " client_id = ?8, client_name = ?9, net_minor = ?10, tax_minor = ?11, "
                       "gross_minor = ?12, due_minor = ?13,"
                       " corrects_id = ?14, body = ?15, version = version + 1, updated_at = ?16"
                       " WHERE id = ?1 AND status = 'draft'");
    if (!stmt)
        return std::unexpected(stmt.error());
    bindColumns(*stmt, document, totals, clientName, now);
    if (auto ok = stmt->run(); !ok)
        return ok;
    if (writer.changes() != 1)
        return explainNoChange(writer, id);
    return {};
}

domain::Status SqlDocumentRepository::setStatus(Writer& writer, const QString& id,
                                                DocumentStatus status, const QString& now) {
    auto stmt = writer.prepare(
        "UPDATE documents SET status = ?, version = version + 1, updated_at = ? WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, domain::documentStatusCode(status)).bind(2, now).bind(3, id);
    if (auto ok = stmt->run(); !ok)
        return ok;
    if (writer.changes() != 1)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("No document with id %1.").arg(id),
                            QStringLiteral("id"));
    return {};
}

domain::Status SqlDocumentRepository::addPayment(Writer& writer, const QString& id,
                                                 const QString& paymentId,
                                                 const domain::Payment& payment,
                                                 DocumentStatus newStatus, const QString& now) {
    auto ins = writer.prepare("INSERT INTO payments (id, document_id, paid_on, amount_minor, "
                              "method, reference, created_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return std::unexpected(ins.error());
    ins->bind(1, paymentId)
        .bind(2, id)
        .bind(3, payment.date.toString(Qt::ISODate))
        .bind(4, payment.amount.minorUnits())
        .bind(5, payment.method)
        .bind(6, payment.reference)
        .bind(7, now);
    if (auto ok = ins->run(); !ok)
        return ok;
    auto upd = writer.prepare(
        "UPDATE documents SET paid_minor = paid_minor + ?, status = ?, version = version + 1,"
        " updated_at = ? WHERE id = ?");
    if (!upd)
        return std::unexpected(upd.error());
    upd->bind(1, payment.amount.minorUnits())
        .bind(2, domain::documentStatusCode(newStatus))
        .bind(3, now)
        .bind(4, id);
    return upd->run();
}

domain::Status SqlDocumentRepository::addCredit(Writer& writer, const QString& invoiceId,
                                                qint64 amountMinor,
                                                std::optional<DocumentStatus> newStatus,
                                                const QString& now) {
    auto upd = writer.prepare(
        "UPDATE documents SET credited_minor = credited_minor + ?, status = ifnull(?, status),"
        " version = version + 1, updated_at = ? WHERE id = ?");
    if (!upd)
        return std::unexpected(upd.error());
    upd->bind(1, amountMinor);
    if (newStatus)
        upd->bind(2, domain::documentStatusCode(*newStatus));
    else
        upd->bindNull(2);
    upd->bind(3, now).bind(4, invoiceId);
    return upd->run();
}

domain::Status SqlDocumentRepository::removeDraft(Writer& writer, const QString& id) {
    {
        auto stmt = writer.query("SELECT status FROM documents WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || stmt->text(0) != QStringLiteral("draft"))
            return explainNoChange(writer, id);
    }
    auto fts = writer.prepare(
        "DELETE FROM documents_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)");
    if (!fts)
        return std::unexpected(fts.error());
    fts->bind(1, id);
    if (auto ok = fts->run(); !ok)
        return ok;
    auto del = writer.prepare("DELETE FROM documents WHERE id = ? AND status = 'draft'");
    if (!del)
        return std::unexpected(del.error());
    del->bind(1, id);
    if (auto ok = del->run(); !ok)
        return ok;
    if (writer.changes() != 1)
        return explainNoChange(writer, id);
    return {};
}

domain::Result<std::optional<SqlDocumentRepository::Stored>>
SqlDocumentRepository::find(const Reader& reader, const QString& id) {
    auto stmt = reader.query("SELECT status, body, version, updated_at, paid_minor, "
                             "credited_minor, currency FROM documents WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Stored>();
    auto status = domain::parseDocumentStatus(stmt->text(0));
    if (!status)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("A stored document has an invalid status."));
    const QByteArray body = stmt->text(1).toUtf8();
    Stored stored;
    stored.version = stmt->int64(2);
    stored.updatedAt = stmt->text(3);
    stored.paidMinor = stmt->int64(4);
    stored.creditedMinor = stmt->int64(5);

    auto currency = domain::Currency::fromCode(stmt->text(6));
    if (!currency)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("A stored document has an invalid currency."));

    QList<domain::Payment> payments;
    auto pay = reader.query("SELECT paid_on, amount_minor, method, reference FROM payments WHERE "
                            "document_id = ? ORDER BY paid_on, created_at");
    if (!pay)
        return std::unexpected(pay.error());
    pay->bind(1, id);
    while (true) {
        auto prow = pay->step();
        if (!prow)
            return std::unexpected(prow.error());
        if (!*prow)
            break;
        payments.append({QDate::fromString(pay->text(0), Qt::ISODate),
                         domain::Money::fromMinorUnits(pay->int64(1), *currency), pay->text(2),
                         pay->text(3)});
    }
    auto document = EntityCodec::decodeDocument(body, *status, payments);
    if (!document)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("A stored document could not be read: %1")
                                .arg(document.error().message));
    stored.document = std::move(*document);
    return std::optional<Stored>(std::move(stored));
}

domain::Result<std::vector<domain::DocumentSummary>>
SqlDocumentRepository::list(const Reader& reader, const domain::DocumentFilter& filter) {
    const Where where = buildWhere(filter);
    // A search for a common word matches tens of thousands of documents:
    // walking the date index and stopping at the page is then far cheaper
    // than fetching every hit and sorting. A rare word is the other way
    // round, so the plan is chosen by probing the hit count (capped).
    bool walkDates = false;
    const QString fts = ftsQuery(filter.text);
    if (!fts.isEmpty() && filter.sort == domain::DocumentFilter::Sort::IssueDateDesc) {
        auto probe = reader.query("SELECT count(*) FROM (SELECT rowid FROM documents_fts"
                                  " WHERE documents_fts MATCH ? LIMIT 1000)");
        if (!probe)
            return std::unexpected(probe.error());
        probe->bind(1, fts);
        auto hits = probe->step();
        if (!hits)
            return std::unexpected(hits.error());
        walkDates = probe->int64(0) >= 1000;
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM documents d").arg(QString::fromLatin1(kSummaryColumns)) +
        (walkDates ? QStringLiteral(" INDEXED BY documents_by_date") : QString()) + where.sql +
        orderBy(filter.sort) + QStringLiteral(" LIMIT ? OFFSET ?");
    auto stmt = reader.query(sql.toStdString());
    if (!stmt)
        return std::unexpected(stmt.error());
    int index = 1;
    for (const QString& param : where.params)
        stmt->bind(index++, param);
    stmt->bind(index, std::clamp(filter.limit, 1, 10000));
    stmt->bind(index + 1, std::max(filter.offset, 0));
    std::vector<domain::DocumentSummary> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto summary = readSummary(*stmt);
        if (!summary)
            return std::unexpected(summary.error());
        rows.push_back(std::move(*summary));
    }
    return rows;
}

domain::Result<qint64> SqlDocumentRepository::count(const Reader& reader,
                                                    const domain::DocumentFilter& filter) {
    const Where where = buildWhere(filter);
    // Text alone: every indexed row is one document, so count the index.
    const bool textOnly = !filter.text.trimmed().isEmpty() && where.params.size() == 1;
    auto stmt = reader.query(
        textOnly ? std::string("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?")
                 : (QStringLiteral("SELECT count(*) FROM documents d") + where.sql).toStdString());
    if (!stmt)
        return std::unexpected(stmt.error());
    int index = 1;
    for (const QString& param : where.params)
        stmt->bind(index++, param);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return stmt->int64(0);
}

domain::Result<std::vector<QString>>
SqlDocumentRepository::ids(const Reader& reader, const domain::DocumentFilter& filter) {
    const Where where = buildWhere(filter);
    auto stmt = reader.query(
        (QStringLiteral("SELECT d.id FROM documents d") + where.sql + orderBy(filter.sort))
            .toStdString());
    if (!stmt)
        return std::unexpected(stmt.error());
    int index = 1;
    for (const QString& param : where.params)
        stmt->bind(index++, param);
    std::vector<QString> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(stmt->text(0));
    }
    return out;
}

} // namespace quittance::storage
