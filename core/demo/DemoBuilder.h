#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

namespace duibiao {

class Document;

// Fills a new document with invented but realistic data for 示例大学.
//  Small: about 20 secondary units whose figures make some indicators fall short, all
//         requirements rated with Chinese narratives, a few evidence files and about 40
//         rectification items across the phases, some of them overdue.
//  Large: the benchmark document: 60 units, 3,000 rectification items and 1,000
//         evidence files totalling about 300 MB.
// Deterministic: the same size gives the same content (apart from timestamps).
class DemoBuilder
{
public:
    enum class Size { Small, Large };
    using Progress = std::function<void(int percent, const QString& stage)>;

    static Status build(Document& document, Size size, const Progress& progress = {});
};

} // namespace duibiao
