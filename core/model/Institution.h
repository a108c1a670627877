#pragma once

#include <QString>

namespace duibiao {

// The university whose 关工委 is assessed. One per document.
struct Institution
{
    QString name;      // e.g. 示例大学
    QString committee; // e.g. 示例大学关心下一代工作委员会
    QString region;    // the activity area (活动片区) whose panel reviews it
};

} // namespace duibiao
