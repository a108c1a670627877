#pragma once

#include "util/Result.h"

namespace duibiao {

class Database;

// Scoped transaction: commits on commit(), rolls back when it goes out of scope
// uncommitted. Nested guards become savepoints, so an inner failure undoes only its part
// and the outer operation decides.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN itself failed (disk, lock); the error says why.
    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    Status m_started;
    int m_level = 0;
    bool m_done = false;
};

} // namespace duibiao
