/** The name of a backup made on this day, the same for a download and a share. */
export function backupName(now: Date): string {
  return `meldwijzer-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Whether this browser can hand a backup file to another app (the share sheet of a phone).
 * Asked with a file of the backup's name and type: some browsers share only some types. */
export function canShareBackup(): boolean {
  // Not while prerendering, where there is no browser: the page gets the button once the app runs.
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File(['{}'], backupName(new Date()), { type: 'application/json' })] });
  } catch {
    return false;
  }
}

/** Opens the share sheet with the file. 'shared' once the user chose where it goes; 'cancelled'
 * when they closed the sheet; throws when the browser refused. */
export async function shareFile(blob: Blob, name: string): Promise<'shared' | 'cancelled'> {
  try {
    await navigator.share({ files: [new File([blob], name, { type: blob.type || 'application/json' })] });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
