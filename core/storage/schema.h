#pragma once

#include <QStringList>

#include <vector>

namespace zx::schema {

// 'ZXNG' in PRAGMA application_id: tells a Zhenxing file from any other SQLite file.
constexpr int ApplicationId = 0x5A584E47;

// One step of the schema history: the statements that take a file from version − 1 to
// `version`. Steps are never edited once released; a change is a new step.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    // Rebuilds a table others refer to (SQLite's documented 12-step ALTER): foreign keys are
    // switched off around the step and checked with foreign_key_check before it commits.
    bool rebuildsTables = false;
    // Moves so much that the file is compacted (VACUUM) after the step commits: the pages the
    // old tables held would otherwise stay in the file as free pages.
    bool compactsFile = false;
};

const std::vector<Migration> &migrations();
int currentVersion();

} // namespace zx::schema
