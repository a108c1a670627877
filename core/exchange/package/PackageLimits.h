#pragma once

#include <QtGlobal>

namespace duibiao {

// Caps a review package must stay within before a single evidence byte is read
// (docs/formats/package.md). A package comes by e-mail from outside: these keep a
// hostile one (a ZIP bomb, a manifest of endless strings) from exhausting memory or disk.
// Tests and the fuzzers pass smaller values to exercise each cap with small files.
struct PackageLimits
{
    qint64 maxEntries = 20000;
    qint64 maxEntryBytes = 1024LL * 1024 * 1024;     // one entry, unpacked
    qint64 maxJsonBytes = 64LL * 1024 * 1024;        // assessment.json
    qint64 maxTotalBytes = 8LL * 1024 * 1024 * 1024; // all entries together, unpacked
    qint64 maxCompressionRatio = 100;                // unpacked : packed …
    qint64 ratioCheckAboveBytes = 1024LL * 1024;     // … for entries larger than this
    qint64 maxJsonStringBytes = 1024LL * 1024;       // each string (and key) in the manifest
    // manifest.json: 20000 entries with 255-byte names and a few 1 MiB strings fit, while
    // a hostile manifest parses in about 100 MB rather than the 300 MB of 64 MiB of JSON.
    qint64 maxManifestBytes = 24LL * 1024 * 1024;
};

} // namespace duibiao
