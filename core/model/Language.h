#pragma once

namespace duibiao {

// The languages the framework texts, reports and summaries come in.
enum class Language { Chinese, English };

} // namespace duibiao
