#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace duibiao::fuzz {

// The bodies of the libFuzzer targets, shared with test_fuzz_regressions, which replays
// the seed corpora and every input a fuzzer once crashed on. Each takes arbitrary bytes;
// a crash, a sanitizer report or an abort() (a broken promise of the code under test, such
// as an internal error for a user's file) is a finding.
void packageReader(const QByteArray& input);
// manifest.json alone: deflated inside a ZIP, the manifest is out of a mutator's reach.
void packageManifest(const QByteArray& input);
// A package built with libzip around a fuzzed manifest: 8 control bytes, then the manifest
// JSON. Its fingerprint (and, as the control bytes say, its hashes and sizes) is made to
// match, and the entries it lists are written, some of them skipped, grown or doubled, so
// the comparison of manifest and ZIP and the verified reads are reached.
void packageListing(const QByteArray& input);
void frameworkJson(const QByteArray& input);
void unitCsv(const QByteArray& input);
void unitXlsx(const QByteArray& input);

// The targets by name, as the folders under tests/fuzz/corpus and
// tests/data/fuzz-regressions are named.
QStringList targetNames();
void run(const QString& target, const QByteArray& input);

} // namespace duibiao::fuzz
