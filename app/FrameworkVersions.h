#pragma once

#include "model/Language.h"

#include <QString>

namespace duibiao {

// The framework versions of a document on the command line (duibiao framework DOC …).
// Each returns the exit code; bad input is exit 1 with a message and nothing changed.

// --add FILE [--note TEXT]: a framework file, or a sheet read against the framework of the
// document's current assessment.
int addFrameworkVersion(const QString& documentPath, const QString& file, const QString& note);
// --list: the versions the document offers, the current assessment's marked with "*".
int listFrameworkVersions(const QString& documentPath);
// --diff A B: A and B are code@version or framework files (or sheets).
int diffFrameworkVersions(const QString& documentPath, const QString& from, const QString& to,
                          Language language);
// --move code@version|FILE [--dry-run]: moves the current assessment and prints the lists
// for the team's review; with dryRun the document is opened read-only.
int moveToFrameworkVersion(const QString& documentPath, const QString& target, bool dryRun,
                           Language language);

} // namespace duibiao
