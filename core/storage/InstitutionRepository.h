#pragma once

#include "model/Institution.h"
#include "util/Result.h"

namespace duibiao {

struct StorageContext;

class InstitutionRepository
{
public:
    explicit InstitutionRepository(StorageContext& context) : m_context(context) {}

    Result<Institution> get() const;
    Status save(const Institution& institution);

private:
    StorageContext& m_context;
};

} // namespace duibiao
