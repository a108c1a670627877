#pragma once

#include "model/Platform.h"
#include "util/Result.h"

#include <QVector>

namespace duibiao {

struct StorageContext;

// Work platforms (工作平台) of the units, with their two leaders.
class PlatformRepository
{
public:
    explicit PlatformRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<Platform>> all() const;
    Result<qint64> add(const Platform& platform);
    Status update(const Platform& platform);
    Status remove(qint64 platformId);
    // Puts back a removed platform under its old id (undo).
    Status restore(const Platform& platform);

private:
    Result<std::optional<Platform>> find(qint64 platformId) const;
    Result<qint64> insert(const Platform& platform, bool keepId);
    StorageContext& m_context;
};

} // namespace duibiao
