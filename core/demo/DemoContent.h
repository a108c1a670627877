#pragma once

#include <QString>
#include <QStringList>

namespace duibiao::demo {

// Invented content for the demo document. No real person or institution is named.
QStringList collegeNames();
// A narrative (自评情况) for a requirement code of the reference framework.
QString narrativeFor(const QString& code);
// A rectification measure for a requirement; `variant` picks one of several.
QString measureFor(const QString& code, const QString& title, int variant);
// An invented person's name for "responsible person" fields.
QString personName(int index);

} // namespace duibiao::demo
