#pragma once

// Helpers shared by the Qt Test suites: verify a Result and print its error
// when it fails, so a red test says why.

#include "domain/Error.h"

#include <QTest>

#define QVERIFY_RESULT(expr)                                                                       \
    do {                                                                                           \
        const auto& qv_result_ = (expr);                                                           \
        if (!qv_result_.has_value())                                                               \
            QFAIL(qPrintable(QStringLiteral("%1 failed: [%2] %3")                                  \
                                 .arg(QStringLiteral(#expr),                                       \
                                      quittance::domain::errorCodeName(qv_result_.error().code),   \
                                      qv_result_.error().message)));                               \
    } while (false)

#define QVERIFY_ERROR(expr, expectedCode)                                                          \
    do {                                                                                           \
        const auto& qv_result_ = (expr);                                                           \
        QVERIFY2(!qv_result_.has_value(), #expr " unexpectedly succeeded");                        \
        QCOMPARE(quittance::domain::errorCodeName(qv_result_.error().code),                        \
                 quittance::domain::errorCodeName(expectedCode));                                  \
    } while (false)
