#pragma once

#include "util/Result.h"

#include <QString>

namespace duibiao::console {

// Exit codes of every verb (ARCHITECTURE.md).
enum ExitCode { Success = 0, UserError = 1, InternalError = 2 };

void out(const QString& text); // stdout, UTF-8, with a newline
void err(const QString& text); // stderr, UTF-8, with a newline
// Prints the error on stderr and returns the exit code for its kind.
int fail(const Error& error);

} // namespace duibiao::console
