/** Saving, reading or deleting an imported article failed; the message is meant for the reader. */
export class StorageError extends Error {
  readonly reason: 'quota' | 'unavailable' | 'other';

  constructor(message: string, reason: StorageError['reason']) {
    super(message);
    this.name = 'StorageError';
    this.reason = reason;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

/** Turns an IndexedDB failure into a StorageError that says what happened and what to do. */
export function toStorageError(error: unknown, action: 'save' | 'read' | 'delete'): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const nothing = action === 'save' ? ' Nothing was saved.' : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(
      `Your browser's storage for this site is full, so the article could not be ${action === 'save' ? 'saved' : 'changed'}. Delete some imported articles or free up space, then try again.${nothing}`,
      'quota',
    );
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError') {
    return new StorageError(
      `This browser does not let Broadsheet keep articles (private browsing or site storage turned off), so the article could not be ${action === 'save' ? 'saved' : action === 'read' ? 'read' : 'deleted'}.${nothing}`,
      'unavailable',
    );
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new StorageError(
    `The browser's storage failed while trying to ${action} the article${detail}.${nothing}`,
    'other',
  );
}
