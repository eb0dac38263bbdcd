/**
 * Every IndexedDB name in one place (style rule 13), so a rename is one edit and a migration can
 * see both names side by side. When a name is retired, keep it here as `__LEGACY_<NAME>` and use
 * it only in the upgrade ladder in db.ts.
 */
export const DB = {
  name: 'meldwijzer',
  /** Raise by one together with a new `if (oldVersion < N)` step in db.ts. */
  version: 1,
  stores: {
    cases: 'cases',
    settings: 'settings',
  },
  indexes: {
    /** On cases.updatedAt: for "not touched in N months" (retention) without reading every note. */
    casesByUpdated: 'by-updated',
  },
} as const;
