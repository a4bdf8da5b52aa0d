#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace quittance::domain {

// RFC 4180 CSV for exports to accountants and imports of clients and
// products. Writing quotes every cell and defuses spreadsheet formulas: a
// cell starting with = + - @ tab or carriage return gets a leading
// apostrophe (CSV injection). Reading is strict and bounded: UTF-8 only,
// balanced quotes, at most kMaxBytes, kMaxRows, kMaxColumns and kMaxCellLength,
// every row as wide as the header; errors name the row ("row 12") as field.
class Csv {
public:
    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
    static constexpr qsizetype kMaxRows = 10000;
    static constexpr qsizetype kMaxColumns = 50;
    static constexpr qsizetype kMaxCellLength = 5000;

    static QByteArray row(const QStringList& cells);
    static QString defuse(const QString& cell);
    // Rows including the header row; empty trailing line ignored.
    static Result<QList<QStringList>> parse(const QByteArray& bytes);
};

} // namespace quittance::domain
