#pragma once

#include <QStringList>

namespace duibiao {

// The headless verbs of ARCHITECTURE.md ("duibiao demo|summary|check …").
class CommandLine
{
public:
    // True when the arguments name a verb (or ask for help or the version) rather than
    // a document to open in the GUI.
    static bool isCommand(const QStringList& arguments);
    // Runs the verb; returns the process exit code (0 success, 1 user error, 2 internal).
    static int run(const QStringList& arguments);
};

} // namespace duibiao
