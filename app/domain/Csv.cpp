#include "Csv.h"

#include <QStringDecoder>

namespace quittance::domain {

QString Csv::defuse(const QString& cell) {
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray Csv::row(const QStringList& cells) {
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        QString cell = defuse(cells[i]);
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += '"' + cell.toUtf8() + '"';
    }
    out += "\r\n";
    return out;
}

Result<QList<QStringList>> Csv::parse(const QByteArray& bytes) {
    if (bytes.size() > kMaxBytes)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The CSV file is larger than 5 MiB."),
                    QStringLiteral("file"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError() || text.contains(QChar(0)))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV file is not valid UTF-8 text."),
                    QStringLiteral("file"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList current;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const auto rowError = [&](const QString& what) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("CSV row %1: %2.").arg(rows.size() + 1).arg(what),
                    QStringLiteral("row %1").arg(rows.size() + 1));
    };
    const auto endCell = [&]() -> Status {
        if (cell.size() > kMaxCellLength)
            return rowError(QStringLiteral("a cell is longer than 5000 characters"));
        if (current.size() >= kMaxColumns)
            return rowError(QStringLiteral("more than 50 columns"));
        current.append(cell);
        cell.clear();
        cellStarted = false;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (cellStarted)
                return rowError(QStringLiteral("a quote inside an unquoted cell"));
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            if (auto ok = endCell(); !ok)
                return std::unexpected(ok.error());
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (auto ok = endCell(); !ok)
                return std::unexpected(ok.error());
            if (!(current.size() == 1 && current.front().isEmpty()))
                rows.append(current);
            current.clear();
            if (rows.size() > kMaxRows)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("The CSV file has more than 10000 rows."),
                            QStringLiteral("file"));
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        return rowError(QStringLiteral("a quoted cell is not closed"));
    if (cellStarted || !cell.isEmpty() || !current.isEmpty()) {
        if (auto ok = endCell(); !ok)
            return std::unexpected(ok.error());
        rows.append(current);
    }
    if (rows.size() > kMaxRows + 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The CSV file has more than 10000 rows."),
                    QStringLiteral("file"));
    for (qsizetype r = 1; r < rows.size(); ++r)
        if (rows[r].size() != rows[0].size())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("CSV row %1 has %2 cells, the header has %3.")
                            .arg(r + 1)
                            .arg(rows[r].size())
                            .arg(rows[0].size()),
                        QStringLiteral("row %1").arg(r + 1));
    return rows;
}

} // namespace quittance::domain
