#pragma once

#include "domain/Error.h"

namespace quittance::storage {

class Database;

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a
// transaction never fails half-way for want of it); ROLLBACK when destroyed
// without a successful commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const domain::Status& beginStatus() const { return m_begin; }
    domain::Status commit();
    void rollback();

private:
    Database& m_db;
    domain::Status m_begin;
    bool m_active = false;
};

} // namespace quittance::storage
