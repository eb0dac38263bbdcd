/**
 * Every IndexedDB name in one place (style rule 13), so a rename is one edit and a migration can
 * see both names side by side. When a name is retired, keep it here as `__LEGACY_<NAME>` and use
 * it only in the upgrade ladder in db.ts.
 */
export const DB = {
  name: 'meldwijzer',
  /** Raise by one together with a new `if (oldVersion < N)` step in db.ts. */
  version: 2,
  stores: {
    cases: 'cases',
    settings: 'settings',
  },
  indexes: {
    /** On cases.updatedAt: for "not touched in N months" (retention) without reading every note. */
    casesByUpdated: 'by-updated',
  },
  /** Keys in the settings store that belong to the storage layer, not to the user's settings. */
  keys: {
    /** The wrapped data key of the app lock (vault.ts). */
    vault: 'vault',
    /** Set when a lock moved the sealed data into this database's fresh files (move.ts). */
    moved: 'moved',
    /** Set while Chromium's pre-bucket database, whose data this one took over, still exists. */
    fromLegacy: 'from-legacy',
    /** Raised by one in the same transaction as every write to the cases store (cases.ts), so
     * the summary index can tell whether it is still fresh. Any new code that writes cases must
     * raise it too (or delete the index). */
    casesGeneration: 'cases-generation',
    /** The case list's summaries, sealed with the data key, while a lock is set (summary-index.ts). */
    caseSummaries: 'case-summaries',
  },
  /** Where the sealed data waits while the lock rebuilds the database in fresh files (move.ts). */
  moveName: 'meldwijzer-move',
} as const;
